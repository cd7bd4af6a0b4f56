using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// A bulk writer indexes the articles, quotes and claims of a batch in one statement instead of one trigger
    /// run per row (SearchIndexSql): the table it lists its batch's first ids in, and the insert and update
    /// triggers that leave those rows to it. The index itself is unchanged: nothing is rebuilt. The model did
    /// not change either, so this migration has no designer file of its own.
    /// </summary>
    [DbContext(typeof(AiWatchDbContext))]
    [Migration("20261122090000_DeferredSearchRows")]
    public partial class DeferredSearchRows : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.CreateDeferral);
            migrationBuilder.Sql(SearchIndexSql.DropTriggers);
            migrationBuilder.Sql(SearchIndexSql.CreateTriggers(deferrable: true));
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.DropTriggers);
            migrationBuilder.Sql(SearchIndexSql.CreateTriggers(deferrable: false));
            migrationBuilder.Sql(SearchIndexSql.DropDeferral);
        }
    }
}
