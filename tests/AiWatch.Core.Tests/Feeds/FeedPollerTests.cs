using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Feeds;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Feeds;

public sealed class FeedPollerTests : FeedSiteTest
{
    private static readonly DateTimeOffset Start = new(2026, 11, 12, 8, 0, 0, TimeSpan.Zero);
    private static readonly ActorRegistry Registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
    private readonly ManualClock clock = new(Start);
    private readonly ListLogger logger = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.Open();
        await ActorSync.SyncAsync(db, Registry);
    }

    private async Task<int> AddFeedAsync(string url, int interval = 30)
    {
        await using var db = Database.Open();
        return (await new FeedCatalog(db, new HttpFetcher(Http), clock).AddAsync(url, interval)).Id;
    }

    private async Task<FeedPollResult> PollAsync(int feedId)
    {
        await using var db = Database.Open();
        return (await Poller(db).PollAsync(feedId))!;
    }

    private FeedPoller Poller(AiWatchDbContext db) =>
        new(db, new HttpFetcher(Http), new ArticleIngestor(db, new ArticleAnalyzer(Registry), NullLogger.Instance, clock: clock), logger, clock);

    private async Task<Feed> FeedAsync(int id)
    {
        await using var db = Database.Open();
        return await db.Feeds.AsNoTracking().SingleAsync(f => f.Id == id);
    }

    [Fact]
    public async Task New_items_are_ingested_under_the_feed_and_a_missing_page_is_recorded_as_failed()
    {
        var id = await AddFeedAsync(Site.FeedUrl);

        var result = await PollAsync(id);

        Assert.Equal((2, 1, (string?)null), (result.NewItems, result.FailedItems, result.Error));
        await using var db = Database.Open();
        var items = await db.FeedItems.AsNoTracking().OrderBy(i => i.Url).ToListAsync();
        Assert.Equal([Site.BaseUrl + "/ia/nvidia.html", Site.BaseUrl + "/ia/openai-mistral.html", Site.BaseUrl + "/ia/retire.html"], items.Select(i => i.Url));
        Assert.All(items.Take(2), i => Assert.NotNull(i.ArticleId));
        Assert.Equal((null, "HTTP 404 Not Found"), (items[2].ArticleId, items[2].Error));
        var failure = await db.IngestionFailures.AsNoTracking().SingleAsync();
        Assert.Equal((Site.BaseUrl + "/ia/retire.html", "HTTP 404 Not Found", (int?)id), (failure.Input, failure.Reason, failure.FeedId));
        var sources = await db.Articles.AsNoTracking().Select(a => a.Source!).Distinct().ToListAsync();
        Assert.Equal((SourceKind.Feed, "127.0.0.1", Site.FeedUrl), (Assert.Single(sources).Kind, sources[0].Name, sources[0].Url));
        var feed = await FeedAsync(id);
        Assert.Equal(("\"v1\"", 0, (string?)null, clock.UtcNow.AddMinutes(30)), (feed.ETag, feed.ConsecutiveFailures, feed.LastError, feed.NextPollUtc));
    }

    [Fact]
    public async Task A_second_poll_ingests_nothing_new_whether_the_server_says_304_or_sends_the_same_items()
    {
        var id = await AddFeedAsync(Site.FeedUrl);
        await PollAsync(id);

        var notModified = await PollAsync(id);
        Site.IgnoreValidators = true;
        var sameItems = await PollAsync(id);

        Assert.Equal((true, 0, 0), (notModified.NotModified, notModified.NewItems, notModified.FailedItems));
        // The missing page is the one item fetched again: failed items are retried (FeedPoller.MaxItemAttempts).
        Assert.Equal((false, 0, 1), (sameItems.NotModified, sameItems.NewItems, sameItems.FailedItems));
        Assert.Equal(1, Site.Hits("/ia/nvidia.html"));
        Assert.Equal(2, Site.Hits("/ia/retire.html"));
        await using var db = Database.Open();
        Assert.Equal((2, 3, 2), (await db.Articles.CountAsync(), await db.FeedItems.CountAsync(), await db.IngestionFailures.CountAsync()));
    }

    [Fact]
    public async Task A_failing_feed_backs_off_and_a_success_resets_it()
    {
        var id = await AddFeedAsync(Site.FeedUrl);
        Site.FeedFails = true;

        var first = await PollAsync(id);
        var second = await PollAsync(id);
        var failing = await FeedAsync(id);
        Site.FeedFails = false;
        await PollAsync(id);
        var recovered = await FeedAsync(id);

        Assert.Equal("HTTP 500 Internal Server Error", first.Error);
        Assert.Equal(clock.UtcNow.AddMinutes(60), first.NextPollUtc);
        Assert.Equal(clock.UtcNow.AddMinutes(120), second.NextPollUtc);
        Assert.Equal((2, "HTTP 500 Internal Server Error", (string?)null), (failing.ConsecutiveFailures, failing.LastError, failing.ETag));
        Assert.Equal((0, (string?)null, clock.UtcNow.AddMinutes(30)), (recovered.ConsecutiveFailures, recovered.LastError, recovered.NextPollUtc));
        var warning = logger.Entries.First(e => e.Template.Contains("failed ({FailureCount} in a row)", StringComparison.Ordinal));
        Assert.Equal((id, Site.FeedUrl, "HTTP 500 Internal Server Error"), (warning.Properties["FeedId"], warning.Properties["Url"], warning.Properties["Error"]));
    }

    [Fact]
    public async Task A_feed_that_turns_malformed_is_a_failure_that_changes_nothing_else()
    {
        var id = await AddFeedAsync(Site.FeedUrl);
        await using (var db = Database.Open())
        {
            var feed = await db.Feeds.SingleAsync();
            feed.Url = Site.BaseUrl + "/malformed.xml";
            await db.SaveChangesAsync();
        }

        var result = await PollAsync(id);

        Assert.StartsWith("malformed XML at line 6", result.Error);
        await using var check = Database.Open();
        Assert.Equal((0, 0), (await check.Articles.CountAsync(), await check.FeedItems.CountAsync()));
        Assert.Equal((1, result.Error), ((await check.Feeds.SingleAsync()).ConsecutiveFailures, (await check.IngestionFailures.SingleAsync()).Reason));
    }

    [Fact]
    public async Task Only_due_feeds_are_polled()
    {
        var due = await AddFeedAsync(Site.FeedUrl);
        var later = await AddFeedAsync(Site.FeedUrl + "?copie=1");
        await using (var db = Database.Open())
        {
            (await db.Feeds.SingleAsync(f => f.Id == later)).NextPollUtc = clock.UtcNow.AddMinutes(1);
            await db.SaveChangesAsync();
        }

        await using var context = Database.Open();
        var firstRound = await Poller(context).PollDueAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        var secondRound = await Poller(context).PollDueAsync();

        Assert.Equal([due], firstRound.Select(r => r.FeedId));
        Assert.Equal([later], secondRound.Select(r => r.FeedId));
        Assert.Equal(clock.UtcNow, (await FeedAsync(later)).LastPolledUtc);
    }

    [Fact]
    public async Task Two_feeds_of_one_host_file_their_articles_under_two_sources()
    {
        await using var db = Database.Open();
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(Registry), NullLogger.Instance, clock: clock);
        static RawDocument Page(string url, string text) => new("a", url, "text/plain", "Titre\n" + text);

        await ingestor.IngestAsync(Page("https://www.exemple.fr/a", "Microsoft dément toute discussion avec OpenAI."), SourceKey.ForFeed("https://www.exemple.fr/ia.xml"));
        await ingestor.IngestAsync(Page("https://www.exemple.fr/b", "Nvidia investit dans OpenAI, selon un communiqué."), SourceKey.ForFeed("https://www.exemple.fr/eco.xml"));
        await ingestor.IngestAsync(Page("https://www.exemple.fr/c", "Mistral AI ouvre un bureau à Londres."), SourceKey.ForFeed("https://www.exemple.fr/ia.xml"));

        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Url).Select(s => new { s.Kind, s.Name, s.Url, Articles = s.Articles.Count }).ToListAsync();
        Assert.Equal([(SourceKind.Feed, "www.exemple.fr", "https://www.exemple.fr/eco.xml", 1), (SourceKind.Feed, "www.exemple.fr", "https://www.exemple.fr/ia.xml", 2)],
            sources.Select(s => (s.Kind, s.Name, s.Url, s.Articles)));
    }
}
