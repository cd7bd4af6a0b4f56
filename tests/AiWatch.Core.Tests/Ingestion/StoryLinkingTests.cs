using AiWatch.Core.Model;
using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class StoryLinkingTests : IAsyncLifetime
{
    private static readonly string Original = SimHashTests.Read("mistral-levee.txt");
    private static readonly string Syndicated = SimHashTests.Read("mistral-levee-reprise.txt");
    private static readonly string OtherStory = SimHashTests.Read("mistral-analyse.txt");
    private TempDatabase database = null!;

    public async Task InitializeAsync() => database = await TempDatabase.CreateWithActorsAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_syndicated_copy_joins_the_story_of_the_original()
    {
        var results = await IngestAsync(
            Html("https://www.journal-a.fr/eco/mistral.html", "Journal A", Original),
            Html("https://www.journal-b.fr/tech/ia-mistral.html", "Journal B", Syndicated));

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Ingested], results.Select(r => r.Status));
        Assert.Null(results[0].StoryId);
        Assert.NotNull(results[1].StoryId);
        await using var db = database.Open();
        var story = await db.Stories.Include(s => s.Articles).SingleAsync();
        Assert.Equal(2, story.ArticleCount);
        Assert.Equal(results[0].ArticleId, story.FirstArticleId);
        Assert.Equal(results.Select(r => r.ArticleId), story.Articles.OrderBy(a => a.Id).Select(a => (int?)a.Id));
        Assert.Equal(1, IngestSummary.Of(results).NearDuplicates);
    }

    [Fact]
    public async Task The_same_text_on_another_website_is_a_copy_in_the_story_and_on_the_same_site_a_duplicate()
    {
        var results = await IngestAsync(
            Html("https://www.journal-a.fr/eco/mistral.html", "Journal A", Original),
            Html("https://journal-c.fr/depeche/mistral.html", "Journal A", Original),
            Html("https://journal-a.fr/amp/mistral.html", "Journal A", Original));

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Ingested, IngestStatus.Duplicate], results.Select(r => r.Status));
        Assert.Equal(results[0].ArticleId, results[2].ArticleId);
        await using var db = database.Open();
        var story = await db.Stories.SingleAsync();
        Assert.Equal(2, story.ArticleCount);
        Assert.Equal(results[0].ArticleId, story.FirstArticleId);
        Assert.Equal(2, await db.Sources.CountAsync(s => s.Kind == SourceKind.Site));
    }

    [Fact]
    public async Task Different_articles_on_the_same_subject_stay_apart()
    {
        var results = await IngestAsync(
            Html("https://www.journal-a.fr/eco/mistral.html", "Journal A", Original),
            Html("https://www.journal-b.fr/analyse/asml.html", "Journal B", OtherStory));

        Assert.All(results, r => Assert.Null(r.StoryId));
        await using var db = database.Open();
        Assert.Equal(0, await db.Stories.CountAsync());
        Assert.Equal(2, await db.Articles.CountAsync(a => a.StoryId == null));
    }

    [Fact]
    public async Task A_third_copy_joins_the_same_story_and_the_earliest_published_is_first()
    {
        var edited = Original.Replace("mardi", "ce mardi", StringComparison.Ordinal);
        var results = await IngestAsync(
            Html("https://www.journal-a.fr/eco/mistral.html", "Journal A", Original, "2025-09-10"),
            Html("https://www.journal-b.fr/tech/ia-mistral.html", "Journal B", Syndicated, "2025-09-10"),
            Html("https://www.agence.fr/depeche/mistral.html", "Agence", edited, "2025-09-09"));

        await using var db = database.Open();
        var story = await db.Stories.SingleAsync();
        Assert.Equal(3, story.ArticleCount);
        Assert.Equal(results[2].ArticleId, story.FirstArticleId);
        Assert.Equal(3, await db.Articles.CountAsync(a => a.StoryId == story.Id));
    }

    [Fact]
    public async Task A_refused_story_leaves_no_article_behind()
    {
        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_stories BEFORE INSERT ON Stories BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
        }
        await IngestAsync(Html("https://www.journal-a.fr/eco/mistral.html", "Journal A", Original));

        await using (var ingestDb = database.Open())
        {
            var ingestor = Ingestor(ingestDb);
            await Assert.ThrowsAsync<DbUpdateException>(() => ingestor.IngestAsync(Html("https://www.journal-b.fr/tech/ia-mistral.html", "Journal B", Syndicated)));
        }

        await using var check = database.Open();
        Assert.Equal(1, await check.Articles.CountAsync());
        Assert.Equal(0, await check.Mentions.CountAsync(m => m.ArticleId != 1));
    }

    [Fact]
    public async Task Reanalysis_gives_articles_stored_before_simhashes_their_hash()
    {
        await IngestAsync(Html("https://www.journal-a.fr/eco/mistral.html", "Journal A", Original));
        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET SimHash = 0");
            await new Reanalyzer(db, ActorRegistry.Load(RepositoryFiles.ActorsJson)).RunAsync();
        }

        await using var check = database.Open();
        var article = await check.Articles.SingleAsync();
        Assert.NotEqual(0, article.SimHash);
        Assert.Equal(SimHash.Compute(article.Text), article.SimHash);
    }

    private async Task<List<IngestResult>> IngestAsync(params RawDocument[] documents)
    {
        await using var db = database.Open();
        var ingestor = Ingestor(db);
        var results = new List<IngestResult>();
        foreach (var document in documents)
        {
            results.Add(await ingestor.IngestAsync(document));
        }
        return results;
    }

    private static ArticleIngestor Ingestor(AiWatch.Core.Storage.AiWatchDbContext db) =>
        new(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), NullLogger.Instance);

    /// <summary>The text as an article page of a site with its own navigation, share bar and footer.</summary>
    private static RawDocument Html(string url, string site, string text, string? published = null)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var paragraphs = string.Concat(lines.Skip(1).Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>\n"));
        var date = published is null ? "" : $"<meta property=\"article:published_time\" content=\"{published}T08:00:00+02:00\">";
        var html = $"""
            <html lang="fr"><head><title>{lines[0]} - {site}</title>{date}</head><body>
            <nav><a href="/">{site}</a> <a href="/eco">Économie</a> <a href="/tech">Tech</a></nav>
            <article><h1>{lines[0]}</h1>
            {paragraphs}</article>
            <div class="share">Partager sur Facebook Partager sur X</div>
            <footer>© {site} 2025 — Mentions légales — Abonnez-vous à la newsletter de {site}</footer>
            </body></html>
            """;
        return new RawDocument("a", url, "text/html", html);
    }
}
