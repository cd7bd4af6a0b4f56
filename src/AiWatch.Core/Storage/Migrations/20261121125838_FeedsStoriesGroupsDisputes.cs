using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// Feeds and their items, article revisions and stories (near-duplicates), cross-article event groups,
    /// disputes, co-mentions, ingestion failures, app settings, actor origin/profile and alias kinds.
    /// </summary>
    public partial class FeedsStoriesGroupsDisputes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Mentions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "DateApproximate",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "GroupId",
                table: "Events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ETag",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastModified",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SimHash",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "StoryId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Origin",
                table: "Actors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ProfileMarkdown",
                table: "Actors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProfileUpdatedUtc",
                table: "Actors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "ActorAliases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AppSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSettings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ArticleRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    RawContent = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    FetchedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReplacedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleRevisions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoMentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorAId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorBId = table.Column<int>(type: "INTEGER", nullable: false),
                    SentenceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AnalyzerVersion = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoMentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoMentions_Actors_ActorAId",
                        column: x => x.ActorAId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoMentions_Actors_ActorBId",
                        column: x => x.ActorBId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoMentions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Disputes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    ActorAId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorBId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disputes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disputes_Actors_ActorAId",
                        column: x => x.ActorAId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Disputes_Actors_ActorBId",
                        column: x => x.ActorBId,
                        principalTable: "Actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: true),
                    DateStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AmountValue = table.Column<double>(type: "REAL", nullable: true),
                    AmountCurrency = table.Column<string>(type: "TEXT", nullable: true),
                    Hedged = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActorSlugs = table.Column<string>(type: "TEXT", nullable: false),
                    SourceCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Feeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    SiteUrl = table.Column<string>(type: "TEXT", nullable: true),
                    PollIntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", nullable: true),
                    LastModified = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPolledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextPollUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IngestionFailures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Input = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FeedId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionFailures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    SeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedItems_Feeds_FeedId",
                        column: x => x.FeedId,
                        principalTable: "Feeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_GroupId",
                table: "Events",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SimHash",
                table: "Articles",
                column: "SimHash");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_StoryId",
                table: "Articles",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRevisions_ArticleId",
                table: "ArticleRevisions",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_CoMentions_ActorAId_ActorBId",
                table: "CoMentions",
                columns: new[] { "ActorAId", "ActorBId" });

            migrationBuilder.CreateIndex(
                name: "IX_CoMentions_ActorBId",
                table: "CoMentions",
                column: "ActorBId");

            migrationBuilder.CreateIndex(
                name: "IX_CoMentions_ArticleId",
                table: "CoMentions",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ActorAId_ActorBId",
                table: "Disputes",
                columns: new[] { "ActorAId", "ActorBId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ActorBId",
                table: "Disputes",
                column: "ActorBId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_Slug",
                table: "Disputes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventGroups_DateStart",
                table: "EventGroups",
                column: "DateStart");

            migrationBuilder.CreateIndex(
                name: "IX_EventGroups_Type_ActorSlugs",
                table: "EventGroups",
                columns: new[] { "Type", "ActorSlugs" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedItems_FeedId_Url",
                table: "FeedItems",
                columns: new[] { "FeedId", "Url" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_NextPollUtc",
                table: "Feeds",
                column: "NextPollUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_Url",
                table: "Feeds",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IngestionFailures_OccurredUtc",
                table: "IngestionFailures",
                column: "OccurredUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_FirstArticleId",
                table: "Stories",
                column: "FirstArticleId");

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Stories_StoryId",
                table: "Articles",
                column: "StoryId",
                principalTable: "Stories",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Events_EventGroups_GroupId",
                table: "Events",
                column: "GroupId",
                principalTable: "EventGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Stories_StoryId",
                table: "Articles");

            migrationBuilder.DropForeignKey(
                name: "FK_Events_EventGroups_GroupId",
                table: "Events");

            migrationBuilder.DropTable(
                name: "AppSettings");

            migrationBuilder.DropTable(
                name: "ArticleRevisions");

            migrationBuilder.DropTable(
                name: "CoMentions");

            migrationBuilder.DropTable(
                name: "Disputes");

            migrationBuilder.DropTable(
                name: "EventGroups");

            migrationBuilder.DropTable(
                name: "FeedItems");

            migrationBuilder.DropTable(
                name: "IngestionFailures");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "Feeds");

            migrationBuilder.DropIndex(
                name: "IX_Events_GroupId",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SimHash",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_StoryId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Mentions");

            migrationBuilder.DropColumn(
                name: "DateApproximate",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ETag",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "LastModified",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SimHash",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "StoryId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "ProfileMarkdown",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "ProfileUpdatedUtc",
                table: "Actors");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ActorAliases");
        }
    }
}
