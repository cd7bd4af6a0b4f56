using AiWatch.Core.Analysis;
using AiWatch.Core.Feeds;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Scraping;
using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Faults;

/// <summary>
/// One poll over feeds that time out or return garbage (HTML, truncated XML, binary) next to a good feed whose
/// items include a page that never answers: each failure is logged with its cause and kept where the app shows
/// it (Feed.LastError, FeedItem.Error, IngestionFailure), and the good feed's other items are stored.
/// </summary>
public sealed class FeedFaultTests : IAsyncLifetime
{
    private const string Page = "<html lang=\"fr\"><body><h1>{0}</h1><p>Nvidia a annoncé {0} le rachat d'une start-up française spécialisée dans l'inférence.</p></body></html>";

    private TempDatabase database = null!;
    private LocalWebServer server = null!;

    public async Task InitializeAsync()
    {
        database = await TempDatabase.CreateWithActorsAsync();
        server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/bon.xml", () => Results.Content(Rss("/lundi.html", "/muet.html", "/mardi.html"), "application/rss+xml"));
            app.MapGet("/html.xml", () => Results.Content("<html><body><p>Erreur 503</p></body></html>", "text/html"));
            app.MapGet("/tronque.xml", () => Results.Content(Rss("/lundi.html")[..60], "application/rss+xml"));
            app.MapGet("/binaire.xml", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "application/rss+xml"));
            app.MapGet("/muet.xml", Silent);
            app.MapGet("/muet.html", Silent);
            app.MapGet("/lundi.html", () => Results.Content(string.Format(Page, "lundi"), "text/html; charset=utf-8"));
            app.MapGet("/mardi.html", () => Results.Content(string.Format(Page, "mardi"), "text/html; charset=utf-8"));
        });
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await database.DisposeAsync();
    }

    private static async Task Silent(HttpContext context) => await Task.Delay(Timeout.Infinite, context.RequestAborted);

    private string Rss(params string[] paths) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Flux</title>"
        + string.Concat(paths.Select(p => $"<item><title>{p}</title><link>{server.BaseUrl}{p}</link></item>"))
        + "</channel></rss>";

    [Fact]
    public async Task Each_failing_feed_and_item_is_recorded_with_its_cause_and_the_rest_is_ingested()
    {
        string[] paths = ["/muet.xml", "/html.xml", "/tronque.xml", "/binaire.xml", "/bon.xml"];
        var clock = new ManualClock(new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc));
        await using (var db = database.Open())
        {
            db.Feeds.AddRange(paths.Select((p, i) => new Feed { Url = server.BaseUrl + p, CreatedUtc = clock.Now, NextPollUtc = clock.Now.AddMinutes(i - 10) }));
            await db.SaveChangesAsync();
        }
        var logger = new ListLogger();
        using var http = new HttpClient();

        IReadOnlyList<FeedPollResult> results;
        await using (var db = database.Open())
        {
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), NullLogger.Instance, clock: clock);
            results = await new FeedPoller(db, new HttpFetcher(http, totalTimeout: TimeSpan.FromSeconds(2)), ingestor, logger, clock).PollDueAsync();
        }

        Assert.Equal(paths.Select(p => server.BaseUrl + p), results.Select(r => r.Url));
        Assert.StartsWith("timed out", results[0].Error);
        Assert.Equal("not an RSS or Atom feed (root element <html>)", results[1].Error);
        Assert.StartsWith("malformed XML at line 1", results[2].Error);
        Assert.StartsWith("malformed XML at line 1", results[3].Error);
        Assert.Null(results[4].Error);
        Assert.Equal(2, results[4].NewItems);
        var silentItem = Assert.Single(results[4].Failures);
        Assert.Equal(server.BaseUrl + "/muet.html", silentItem.Url);
        Assert.StartsWith("timed out", silentItem.Error);

        await using var check = database.Open();
        var feeds = await check.Feeds.OrderBy(f => f.Id).ToListAsync();
        Assert.Equal(results.Select(r => r.Error), feeds.Select(f => f.LastError));
        Assert.Equal([1, 1, 1, 1, 0], feeds.Select(f => f.ConsecutiveFailures));
        Assert.Equal(
            results.Take(4).Select(r => (r.Url, r.Error!)).Append((silentItem.Url, silentItem.Error)).Order(),
            (await check.IngestionFailures.Select(f => ValueTuple.Create(f.Input, f.Reason)).ToListAsync()).Order());
        Assert.Equal(silentItem.Error, (await check.FeedItems.SingleAsync(i => i.Url == silentItem.Url)).Error);
        Assert.Equal(2, await check.Articles.CountAsync());
        var logged = logger.Entries.Where(e => e.Properties.ContainsKey("Error")).Select(e => (string)e.Properties["Error"]!).ToList();
        Assert.All(results.Take(4), r => Assert.Contains(r.Error, logged));
        Assert.Contains(silentItem.Error, logged);
        await DatabaseHealth.AssertIntactAsync(database.ConnectionString);
    }
}

/// <summary>A feed item whose page failed is tried again on later polls, a bounded number of times.</summary>
public sealed class FeedItemRetryTests : IAsyncLifetime
{
    private TempDatabase database = null!;
    private LocalWebServer server = null!;
    private int flakyCalls;

    public async Task InitializeAsync()
    {
        database = await TempDatabase.CreateWithActorsAsync();
        server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/rss.xml", () => Results.Content(
                $"<rss version=\"2.0\"><channel><title>F</title><item><link>{server.BaseUrl}/instable.html</link></item><item><link>{server.BaseUrl}/panne.html</link></item></channel></rss>",
                "application/rss+xml"));
            app.MapGet("/instable.html", () => Interlocked.Increment(ref flakyCalls) == 1
                ? Results.StatusCode(503)
                : Results.Content("<html><body><p>Nvidia a annoncé lundi le rachat d'une start-up française spécialisée dans l'inférence.</p></body></html>", "text/html"));
            app.MapGet("/panne.html", () => Results.StatusCode(500));
        });
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_failed_item_is_retried_on_later_polls_until_it_succeeds_or_runs_out_of_attempts()
    {
        var clock = new ManualClock(new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc));
        int feedId;
        await using (var db = database.Open())
        {
            var feed = new Feed { Url = server.BaseUrl + "/rss.xml", CreatedUtc = clock.Now, NextPollUtc = clock.Now };
            db.Feeds.Add(feed);
            await db.SaveChangesAsync();
            feedId = feed.Id;
        }
        using var http = new HttpClient();

        for (var poll = 0; poll < FeedPoller.MaxItemAttempts + 2; poll++)
        {
            await using var db = database.Open();
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), NullLogger.Instance, clock: clock);
            await new FeedPoller(db, new HttpFetcher(http), ingestor, new ListLogger(), clock).PollAsync(feedId);
        }

        Assert.Equal(2, server.Hits("/instable.html"));
        Assert.Equal(FeedPoller.MaxItemAttempts, server.Hits("/panne.html"));
        await using var check = database.Open();
        var items = await check.FeedItems.OrderBy(i => i.Url).ToListAsync();
        Assert.Equal([server.BaseUrl + "/instable.html", server.BaseUrl + "/panne.html"], items.Select(i => i.Url));
        Assert.Equal((null, true), (items[0].Error, items[0].ArticleId is not null));
        Assert.Equal(("HTTP 500 Internal Server Error", (int?)null), (items[1].Error, items[1].ArticleId));
        Assert.Equal(1 + FeedPoller.MaxItemAttempts, await check.IngestionFailures.CountAsync());
        Assert.Equal(1, await check.Articles.CountAsync());
    }
}
