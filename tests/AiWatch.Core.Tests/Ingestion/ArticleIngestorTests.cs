using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class ArticleIngestorTests : IAsyncLifetime
{
    private const string Text = "Musk contre OpenAI\nElon Musk réclame 134 milliards de dollars à OpenAI et Microsoft.\nMicrosoft dément.";
    private TempDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        await ActorSync.SyncAsync(db, ActorRegistry.Load(RepositoryFiles.ActorsJson));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_new_document_is_stored_with_its_facts()
    {
        var result = await IngestAsync(Document("https://exemple.fr/a.html?utm_source=rss", Text));

        Assert.Equal(IngestStatus.Ingested, result.Status);
        await using var db = database.Open();
        var article = await db.Articles.Include(a => a.Mentions).Include(a => a.Source).SingleAsync();
        Assert.Equal("Musk contre OpenAI", article.Title);
        Assert.Equal("https://exemple.fr/a.html", article.CanonicalUrl);
        Assert.Equal(Text, article.RawContent);
        Assert.Equal("exemple.fr", article.Source!.Name);
        Assert.Equal(64, article.ContentHash.Length);
        Assert.Equal(ArticleAnalyzer.Version, article.AnalyzerVersion);
        Assert.Contains(article.Mentions, m => article.Text.Substring(m.Start, m.Length) == "Elon Musk");
    }

    [Fact]
    public async Task The_same_article_twice_is_stored_once_and_the_same_text_on_another_site_is_a_copy()
    {
        var first = await IngestAsync(Document("https://exemple.fr/a.html", Text));
        var again = await IngestAsync(Document("https://EXEMPLE.fr/a.html#top", Text));
        var sameSite = await IngestAsync(Document("https://www.exemple.fr/archives/a.html", Text));
        var elsewhere = await IngestAsync(Document("https://miroir.fr/copie.html", Text));

        Assert.Equal(IngestStatus.Duplicate, again.Status);
        Assert.Equal(IngestStatus.Duplicate, sameSite.Status);
        Assert.Equal(IngestStatus.Ingested, elsewhere.Status);
        await using var db = database.Open();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.Equal(first.ArticleId, (await db.Stories.SingleAsync()).FirstArticleId);
    }

    [Fact]
    public async Task A_changed_article_is_re_extracted_and_its_facts_replaced()
    {
        var first = await IngestAsync(Document("https://exemple.fr/a.html", Text));
        var second = await IngestAsync(Document("https://exemple.fr/a.html", Text + "\nSam Altman répond."));

        Assert.Equal(IngestStatus.Updated, second.Status);
        Assert.Equal(first.ArticleId, second.ArticleId);
        await using var db = database.Open();
        var article = await db.Articles.Include(a => a.Mentions).SingleAsync();
        Assert.EndsWith("Sam Altman répond.", article.Text);
        Assert.All(article.Mentions, m => Assert.Equal(m.Surface, article.Text.Substring(m.Start, m.Length)));
        Assert.Equal(article.Mentions.Count, await db.Mentions.CountAsync());
    }

    [Fact]
    public async Task A_changed_article_keeps_its_earlier_revision()
    {
        var clock = new ManualClock(new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc));
        await IngestAsync(Document("https://exemple.fr/a.html", Text), clock);
        clock.Now = clock.Now.AddHours(3);
        await IngestAsync(Document("https://exemple.fr/a.html", Text + "\nSam Altman répond."), clock);
        clock.Now = clock.Now.AddHours(3);
        await IngestAsync(Document("https://exemple.fr/a.html", Text + "\nSam Altman répond encore."), clock);

        await using var db = database.Open();
        var article = await db.Articles.Include(a => a.Revisions).SingleAsync();
        Assert.EndsWith("répond encore.", article.Text);
        Assert.Equal(2, article.Revisions.Count);
        var first = article.Revisions.OrderBy(r => r.Id).First();
        Assert.Equal(Text, first.RawContent);
        Assert.EndsWith("Microsoft dément.", first.Text);
        Assert.Equal("Musk contre OpenAI", first.Title);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(first.Text))), first.ContentHash);
        Assert.Equal(new DateTime(2026, 11, 20, 8, 0, 0), first.FetchedUtc);
        Assert.Equal(new DateTime(2026, 11, 20, 11, 0, 0), first.ReplacedUtc);
        Assert.Equal(new DateTime(2026, 11, 20, 11, 0, 0), article.Revisions.OrderBy(r => r.Id).Last().FetchedUtc);
    }

    [Fact]
    public async Task The_same_article_again_adds_no_revision()
    {
        await IngestAsync(Document("https://exemple.fr/a.html", Text));
        await IngestAsync(Document("https://exemple.fr/a.html", Text));

        await using var db = database.Open();
        Assert.Equal(0, await db.ArticleRevisions.CountAsync());
    }

    [Fact]
    public async Task The_validators_of_the_fetch_are_stored_with_the_article()
    {
        await IngestAsync(Document("https://exemple.fr/a.html", Text) with { ETag = "\"v1\"", LastModified = "Fri, 20 Nov 2026 08:00:00 GMT" });

        await using var db = database.Open();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("\"v1\"", article.ETag);
        Assert.Equal("Fri, 20 Nov 2026 08:00:00 GMT", article.LastModified);
        Assert.Equal(SimHash.Compute(article.Text), article.SimHash);
    }

    [Fact]
    public async Task An_unchanged_page_fetched_again_keeps_the_new_validators_of_its_own_url_only()
    {
        await IngestAsync(Document("https://exemple.fr/a.html", Text) with { ETag = "\"v1\"" });
        var again = await IngestAsync(Document("https://exemple.fr/a.html", Text) with { ETag = "\"v2\"", LastModified = "Sat, 21 Nov 2026 08:00:00 GMT" });
        await IngestAsync(Document("https://miroir.fr/copie.html", Text) with { ETag = "\"miroir\"" });

        Assert.Equal(IngestStatus.Duplicate, again.Status);
        await using var db = database.Open();
        var article = await db.Articles.SingleAsync(a => a.CanonicalUrl == "https://exemple.fr/a.html");
        Assert.Equal("\"v2\"", article.ETag);
        Assert.Equal("Sat, 21 Nov 2026 08:00:00 GMT", article.LastModified);
        Assert.Equal(Text, article.RawContent);
    }

    [Fact]
    public async Task Inside_a_callers_transaction_the_article_goes_with_that_transaction()
    {
        await using (var db = database.Open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), NullLogger.Instance);
            Assert.Equal(IngestStatus.Ingested, (await ingestor.IngestAsync(Document("https://exemple.fr/a.html", Text))).Status);
            await transaction.RollbackAsync();
        }

        await using var check = database.Open();
        Assert.Equal(0, await check.Articles.CountAsync());
    }

    [Fact]
    public async Task A_document_without_text_fails_and_stores_nothing()
    {
        var result = await IngestAsync(Document("https://exemple.fr/vide.html", "Titre seul\n\n"));

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal("no article text found", result.Error);
        await using var db = database.Open();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    private async Task<IngestResult> IngestAsync(RawDocument document, TimeProvider? clock = null)
    {
        await using var db = database.Open();
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), NullLogger.Instance, clock: clock);
        return await ingestor.IngestAsync(document);
    }

    private static RawDocument Document(string url, string text) => new("a", url, "text/plain", text);
}
