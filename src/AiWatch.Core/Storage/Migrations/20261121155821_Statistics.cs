using System;
using AiWatch.Core.Storage.Statistics;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// Pre-aggregated statistics for the pages (per-actor mention counts, per day and per article, co-mention sums
    /// per pair, timeline entries with their actors), the triggers that keep them in step with the fact tables, and
    /// their first computation from the facts already stored (StatisticsSql).
    /// </summary>
    public partial class Statistics : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActorDailyMentions",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorDailyMentions", x => new { x.ActorId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "ActorPairs",
                columns: table => new
                {
                    ActorAId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorBId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sentences = table.Column<int>(type: "INTEGER", nullable: false),
                    Articles = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorPairs", x => new { x.ActorAId, x.ActorBId });
                });

            migrationBuilder.CreateTable(
                name: "ActorStats",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Mentions = table.Column<int>(type: "INTEGER", nullable: false),
                    EpithetMentions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorStats", x => x.ActorId);
                });

            migrationBuilder.CreateTable(
                name: "ArticleActors",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mentions = table.Column<int>(type: "INTEGER", nullable: false),
                    EpithetMentions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleActors", x => new { x.ArticleId, x.ActorId });
                });

            migrationBuilder.CreateTable(
                name: "TimelineActors",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryKey = table.Column<int>(type: "INTEGER", nullable: false),
                    SortDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    AmountValue = table.Column<double>(type: "REAL", nullable: true),
                    AmountCurrency = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineActors", x => new { x.ActorId, x.EntryKey });
                });

            migrationBuilder.CreateTable(
                name: "TimelineEntries",
                columns: table => new
                {
                    EntryKey = table.Column<int>(type: "INTEGER", nullable: false),
                    SortDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    AmountValue = table.Column<double>(type: "REAL", nullable: true),
                    AmountCurrency = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineEntries", x => x.EntryKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActorPairs_ActorBId",
                table: "ActorPairs",
                column: "ActorBId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleActors_ActorId_PublishedDate_ArticleId",
                table: "ArticleActors",
                columns: new[] { "ActorId", "PublishedDate", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineActors_ActorId_AmountCurrency_AmountValue",
                table: "TimelineActors",
                columns: new[] { "ActorId", "AmountCurrency", "AmountValue" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineActors_ActorId_SortDate_FirstEventId",
                table: "TimelineActors",
                columns: new[] { "ActorId", "SortDate", "FirstEventId" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineActors_EntryKey",
                table: "TimelineActors",
                column: "EntryKey");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_SortDate_FirstEventId",
                table: "TimelineEntries",
                columns: new[] { "SortDate", "FirstEventId" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_Type_SortDate_FirstEventId",
                table: "TimelineEntries",
                columns: new[] { "Type", "SortDate", "FirstEventId" });

            migrationBuilder.Sql(StatisticsSql.CreateTriggers(deferrable: false));
            migrationBuilder.Sql(StatisticsSql.Rebuild);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StatisticsSql.DropTriggers);

            migrationBuilder.DropTable(
                name: "ActorDailyMentions");

            migrationBuilder.DropTable(
                name: "ActorPairs");

            migrationBuilder.DropTable(
                name: "ActorStats");

            migrationBuilder.DropTable(
                name: "ArticleActors");

            migrationBuilder.DropTable(
                name: "TimelineActors");

            migrationBuilder.DropTable(
                name: "TimelineEntries");
        }
    }
}
