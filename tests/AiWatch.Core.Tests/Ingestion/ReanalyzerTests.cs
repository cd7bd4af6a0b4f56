using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class ReanalyzerTests
{
    [Fact]
    public async Task Re_analysis_reports_the_facts_a_registry_change_adds()
    {
        await using var database = await TempDatabase.CreateAsync();
        var registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        var withoutOracle = new ActorRegistry(registry.Actors.Where(a => a.Slug != "oracle"));
        await using (var db = database.Open())
        {
            await ActorSync.SyncAsync(db, withoutOracle);
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(withoutOracle), NullLogger.Instance);
            await ingestor.IngestAsync(new("a", "file:///a.txt", "text/plain", "Titre\nOracle signe avec OpenAI. Oracle investit."));
        }

        IReadOnlyList<ReanalysisChange> changes;
        await using (var db = database.Open())
        {
            changes = await new Reanalyzer(db, registry).RunAsync();
        }

        var change = Assert.Single(changes);
        Assert.True(change.Added >= 2, $"expected the two Oracle mentions to be added, got +{change.Added}");
        Assert.Equal(0, change.Removed);
        await using var check = database.Open();
        Assert.Equal(2, await check.Mentions.CountAsync(m => m.Actor!.Slug == "oracle"));
        Assert.All(await check.Mentions.ToListAsync(), m => Assert.Equal(ArticleAnalyzer.Version, m.AnalyzerVersion));
    }

    [Fact]
    public async Task An_actor_removed_from_the_registry_loses_its_facts_and_then_its_row()
    {
        await using var database = await TempDatabase.CreateAsync();
        var registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        var withoutOracle = new ActorRegistry(registry.Actors.Where(a => a.Slug != "oracle"));
        await using (var db = database.Open())
        {
            await ActorSync.SyncAsync(db, registry);
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), NullLogger.Instance);
            await ingestor.IngestAsync(new("a", "file:///a.txt", "text/plain", "Titre\nOracle signe avec OpenAI. Oracle investit."));
        }

        IReadOnlyList<ReanalysisChange> changes;
        await using (var db = database.Open())
        {
            changes = await new Reanalyzer(db, withoutOracle).RunAsync();
        }

        Assert.True(Assert.Single(changes).Removed >= 2);
        await using var check = database.Open();
        Assert.False(await check.Actors.AnyAsync(a => a.Slug == "oracle"));
        Assert.Equal(withoutOracle.Actors.Count, await check.Actors.CountAsync());
        Assert.True(await check.Mentions.AnyAsync(m => m.Actor!.Slug == "openai"));
    }

    [Fact]
    public async Task Re_analysis_without_change_reports_nothing_changed()
    {
        await using var database = await TempDatabase.CreateAsync();
        var registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        await using (var db = database.Open())
        {
            await DatabaseBootstrap.InitializeAsync(db, RepositoryFiles.Seeds, NullLogger.Instance);
        }
        await using var again = database.Open();

        var changes = await new Reanalyzer(again, registry).RunAsync();

        Assert.Equal(5, changes.Count);
        Assert.All(changes, c => Assert.Equal((0, 0), (c.Added, c.Removed)));
    }

    [Fact]
    public async Task Start_up_re_analyses_only_articles_of_an_older_analyser_version()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            await DatabaseBootstrap.InitializeAsync(db, RepositoryFiles.Seeds, NullLogger.Instance);
            var first = await db.Articles.OrderBy(a => a.Id).FirstAsync();
            first.AnalyzerVersion = "0.0.0-old";
            db.Mentions.RemoveRange(db.Mentions.Where(m => m.ArticleId == first.Id));
            await db.SaveChangesAsync();
        }
        await using var again = database.Open();

        var changes = await new Reanalyzer(again, ActorRegistry.Load(RepositoryFiles.ActorsJson)).RunAsync(onlyOutdated: true);

        var change = Assert.Single(changes);
        Assert.True(change.Added > 0);
        Assert.Equal(0, await again.Articles.CountAsync(a => a.AnalyzerVersion != ArticleAnalyzer.Version));
    }
}
