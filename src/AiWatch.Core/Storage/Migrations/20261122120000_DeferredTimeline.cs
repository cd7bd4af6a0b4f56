using AiWatch.Core.Storage.Statistics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// A bulk writer joins its batch's events to their timeline entries in one statement (StatisticsSql.JoinDeferredEvents):
    /// the table it marks its batch in, the event and event-actor insert triggers that leave its events to it, and a
    /// group-summary trigger that refreshes an entry only when the date, type or amount it copies changed. The
    /// statistics themselves are unchanged: nothing is rebuilt. The model did not change either, so this migration
    /// has no designer file of its own.
    /// </summary>
    [DbContext(typeof(AiWatchDbContext))]
    [Migration("20261122120000_DeferredTimeline")]
    public partial class DeferredTimeline : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StatisticsSql.CreateTimelineDeferral);
            migrationBuilder.Sql(StatisticsSql.DropTriggers);
            migrationBuilder.Sql(StatisticsSql.CreateTriggers(deferrable: true));
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StatisticsSql.DropTriggers);
            migrationBuilder.Sql(StatisticsSql.CreateTriggers(deferrable: false));
            migrationBuilder.Sql(StatisticsSql.DropTimelineDeferral);
        }
    }
}
