using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Tests.Facts;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class FactMapperTests
{
    // Ids deliberately in the reverse of slug order, so the analyser's slug order and the table's id order differ.
    private static readonly Dictionary<string, int> Ids = new() { ["openai"] = 1, ["elon-musk"] = 2, ["sam-altman"] = 3 };

    [Fact]
    public void Epithets_are_mentions_of_their_own_kind()
    {
        var article = Map(new AnalysisResult([new MentionMatch("elon-musk", 0, 9, "Elon Musk")], [], [], [], [])
        {
            Epithets = [new MentionMatch("elon-musk", 20, 15, "le Sud-Africain"), new MentionMatch("inconnu", 40, 5, "le patron")],
        });

        Assert.Equal(["Literal Elon Musk", "Epithet le Sud-Africain"], article.Mentions.Select(m => $"{m.Kind} {m.Surface}"));
        Assert.All(article.Mentions, m => Assert.Equal(2, m.ActorId));
    }

    [Fact]
    public void Co_mentions_are_stored_by_actor_id_order_and_unknown_actors_dropped()
    {
        var article = Map(new AnalysisResult([], [], [], [], [])
        {
            CoMentions = [new("elon-musk", "openai", 3), new("elon-musk", "sam-altman", 1), new("elon-musk", "inconnu", 2)],
        });

        Assert.Equal(["1-2 3", "2-3 1"], article.CoMentions.Select(c => $"{c.ActorAId}-{c.ActorBId} {c.SentenceCount}"));
        Assert.All(article.CoMentions, c => Assert.Equal(ArticleAnalyzer.Version, c.AnalyzerVersion));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_event_keeps_whether_its_date_is_approximate(bool approximate)
    {
        var match = new EventMatch("investment", ["openai"], null, "2026", false, "l’an prochain", 0, 5) { DateApproximate = approximate };

        var article = Map(new AnalysisResult([], [match], [], [], []));

        Assert.Equal(approximate, Assert.Single(article.Events).DateApproximate);
    }

    [Fact]
    public async Task Re_analysis_replaces_epithet_mentions_and_co_mentions()
    {
        await using var database = await TempDatabase.CreateAsync();
        var store = await FactStore.CreateAsync(database);
        await store.StoreAsync("a", null, new AnalysisResult([], [], [], [], [])
        {
            Epithets = [new MentionMatch("elon-musk", 0, 1, "a")],
            CoMentions = [new CoMentionMatch("elon-musk", "openai", 99)],
        });

        await using var db = database.Open();
        await new Reanalyzer(db, ActorRegistry.Load(RepositoryFiles.ActorsJson)).RunAsync();

        Assert.False(await db.CoMentions.AnyAsync(c => c.SentenceCount == 99));
        Assert.False(await db.Mentions.AnyAsync(m => m.Kind == MentionKind.Epithet && m.Surface == "a"));
    }

    [Fact]
    public async Task A_changed_article_loses_its_old_co_mentions()
    {
        await using var database = await TempDatabase.CreateAsync();
        var registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        await using var db = database.Open();
        await ActorSync.SyncAsync(db, registry);
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var first = await ingestor.IngestAsync(new("a", "https://exemple.fr/a", "text/plain", "Titre\nElon Musk et OpenAI."));
        var ids = await db.Actors.Where(a => a.Slug == "elon-musk" || a.Slug == "openai").Select(a => a.Id).OrderBy(id => id).ToListAsync();
        db.CoMentions.Add(new CoMention { ArticleId = first.ArticleId!.Value, ActorAId = ids[0], ActorBId = ids[1], SentenceCount = 99 });
        await db.SaveChangesAsync();

        await ingestor.IngestAsync(new("a", "https://exemple.fr/a", "text/plain", "Titre\nElon Musk et OpenAI, encore."));

        Assert.False(await db.CoMentions.AnyAsync(c => c.SentenceCount == 99));
    }

    private static Article Map(AnalysisResult result)
    {
        var article = new Article();
        new FactMapper(Ids).Apply(article, result, FactStore.Now);
        return article;
    }
}
