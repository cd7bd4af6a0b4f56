using AiWatch.Core.Storage.Statistics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// A new article's writer adds up the statistics of its mentions once for the article instead of once per
    /// mention (StatisticsSql.CreateMentionStatsPending): the table it marks such articles in, and the mention
    /// insert trigger that leaves them to it. The statistics themselves are unchanged: nothing is recomputed. The
    /// model did not change, so there is no designer file.
    /// </summary>
    [DbContext(typeof(AiWatchDbContext))]
    [Migration("20261121213000_MentionStatsPerArticle")]
    public partial class MentionStatsPerArticle : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StatisticsSql.CreateMentionStatsPending);
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS stats_mentions_ai;");
            migrationBuilder.Sql(StatisticsSql.MentionInsertTrigger(countedByWriter: true));
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS stats_mentions_ai;");
            migrationBuilder.Sql(StatisticsSql.MentionInsertTrigger(countedByWriter: false));
            migrationBuilder.Sql(StatisticsSql.DropMentionStatsPending);
        }
    }
}
