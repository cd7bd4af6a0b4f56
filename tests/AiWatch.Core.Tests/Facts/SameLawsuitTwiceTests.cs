using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Cli;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Facts;

/// <summary>Two outlets report the same lawsuit: ingestion, the analyser and the cross-article steps together.</summary>
public sealed class SameLawsuitTwiceTests
{
    private const string First = """
        Elon Musk attaque OpenAI
        Publié le 1 mars 2024
        Elon Musk a porté plainte contre OpenAI le 29 février 2024 devant un tribunal de San Francisco.
        Le milliardaire accuse OpenAI de trahir sa mission.
        """;

    private const string Second = """
        Musk contre OpenAI, acte un
        Publié le 2 mars 2024
        Le 29 février 2024, Elon Musk a déposé une plainte contre OpenAI.
        Musk accuse OpenAI de trahison.
        """;

    [Fact]
    public async Task Two_articles_on_one_lawsuit_give_one_event_group_with_two_sources_and_one_dispute()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            var registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
            await ActorSync.SyncAsync(db, registry);
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), NullLogger.Instance);
            await ingestor.IngestAsync(new("a", "https://journal-un.fr/musk-openai", "text/plain", First));
            await ingestor.IngestAsync(new("b", "https://journal-deux.fr/musk-openai", "text/plain", Second));
        }

        await using var check = database.Open();
        var group = await check.EventGroups.SingleAsync();
        Assert.Equal(("lawsuit", "2024-02-29", "elon-musk,openai", 2), (group.Type, group.Date, group.ActorSlugs, group.SourceCount));
        var dispute = await check.Disputes.SingleAsync();
        Assert.Equal(("elon-musk-vs-openai", 1, 2), (dispute.Slug, dispute.EventCount, dispute.ClaimCount));
        Assert.Equal((new DateOnly(2024, 2, 29), new DateOnly(2024, 3, 2)), (dispute.FirstDate, dispute.LastDate));
        var timeline = await check.DisputeTimelineAsync(dispute.Slug);
        Assert.Equal(["Event 2", "Claim 1", "Claim 1"], timeline!.Entries.Select(e => $"{e.Kind} {e.Sources.Count}"));
    }

    [Fact]
    public async Task Reanalyze_reports_group_and_dispute_totals_and_changes_nothing_the_second_time()
    {
        await using var database = await TempDatabase.CreateAsync();
        var folder = Path.Combine(database.Folder, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), First);
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), Second);
        var options = new[] { "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson };
        await CliRunner.RunAsync(["ingest", folder, .. options]);
        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Events SET GroupId = NULL; DELETE FROM EventGroups; DELETE FROM Disputes;");
        }

        var first = await CliRunner.RunAsync(["reanalyze", .. options]);
        var second = await CliRunner.RunAsync(["reanalyze", .. options]);

        Assert.True(first.OutLines.Contains("event groups: 1 created, 0 updated, 0 deleted; disputes: 1 created, 0 updated, 0 deleted"), first.Out + first.Error);
        Assert.Contains("event groups: 0 created, 0 updated, 0 deleted; disputes: 0 created, 0 updated, 0 deleted", second.OutLines);
        Assert.EndsWith("0 facts added, 0 removed, 0 articles changed", second.OutLines[^1]);
    }
}
