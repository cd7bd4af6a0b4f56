using AiWatch.Core.Storage.Statistics;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// The statistics triggers again, with timeline entries' actors kept incrementally instead of recomputed from
    /// every report of the group (StatisticsSql.JoinEntry/LeaveEntry), and a partial index on the reports that carry
    /// an amount. The statistics themselves are unchanged: nothing is recomputed.
    /// </summary>
    public partial class IncrementalTimeline : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StatisticsSql.DropTriggers);
            migrationBuilder.Sql(StatisticsSql.CreateTriggers(deferrable: false));
            migrationBuilder.Sql(StatisticsSql.CreateAmountIndex);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier triggers were replaced in code: the current ones stay, only the index goes.
            migrationBuilder.Sql(StatisticsSql.DropAmountIndex);
        }
    }
}
