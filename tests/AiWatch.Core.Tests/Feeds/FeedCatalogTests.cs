using AiWatch.Core.Feeds;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Feeds;

public sealed class FeedCatalogTests : FeedSiteTest
{
    private static readonly DateTimeOffset Start = new(2026, 11, 12, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualClock clock = new(Start);

    private FeedCatalog Catalog(AiWatchDbContext db) => new(db, new HttpFetcher(Http), clock);

    [Fact]
    public async Task A_feed_url_is_stored_with_its_title_and_due_at_once()
    {
        await using var db = Database.Open();

        var feed = await Catalog(db).AddAsync(Site.FeedUrl, 45);

        var stored = await db.Feeds.AsNoTracking().SingleAsync();
        Assert.Equal((feed.Id, Site.FeedUrl, "Exemple – Intelligence artificielle", Site.BaseUrl + "/ia/", 45), (stored.Id, stored.Url, stored.Title, stored.SiteUrl, stored.PollIntervalMinutes));
        Assert.Equal(clock.UtcNow, stored.NextPollUtc);
        Assert.Null(stored.ETag);
    }

    [Theory]
    [InlineData("/page.html")]
    [InlineData("/page-mal-etiquetee")]
    public async Task An_html_page_is_searched_for_the_feed_it_announces_whatever_its_label(string path)
    {
        await using var db = Database.Open();

        var feed = await Catalog(db).AddAsync(Site.BaseUrl + path, 30);

        Assert.Equal(Site.FeedUrl, feed.Url);
    }

    [Fact]
    public async Task The_same_feed_twice_is_refused_even_through_its_page()
    {
        await using var db = Database.Open();
        var first = await Catalog(db).AddAsync(Site.FeedUrl, 30);

        var direct = await Assert.ThrowsAsync<FeedException>(() => Catalog(db).AddAsync(Site.FeedUrl, 30));
        var viaPage = await Assert.ThrowsAsync<FeedException>(() => Catalog(db).AddAsync(Site.BaseUrl + "/page.html", 30));

        Assert.Equal($"feed already added as #{first.Id}: {Site.FeedUrl}", direct.Message);
        Assert.Equal(direct.Message, viaPage.Message);
        Assert.Equal(1, await db.Feeds.CountAsync());
    }

    [Theory]
    [InlineData("/sans-flux.html", "no RSS or Atom feed is linked from the page {base}/sans-flux.html")]
    [InlineData("/absent.xml", "{base}/absent.xml: HTTP 404 Not Found")]
    [InlineData("/malformed.xml", "malformed XML at line 6, position")]
    [InlineData("/xxe.xml", "refused: the document declares a DTD")]
    public async Task A_url_without_a_readable_feed_is_refused_and_nothing_is_stored(string path, string message)
    {
        await using var db = Database.Open();

        var error = await Assert.ThrowsAsync<FeedException>(() => Catalog(db).AddAsync(Site.BaseUrl + path, 30));

        Assert.StartsWith(message.Replace("{base}", Site.BaseUrl), error.Message);
        Assert.Equal(0, await db.Feeds.CountAsync());
    }

    [Theory]
    [InlineData("ftp://exemple.fr/rss", 30, "not an http or https URL: ftp://exemple.fr/rss")]
    [InlineData("https://exemple.fr/rss", 0, "the interval must be between 1 and 10080 minutes (got 0)")]
    public async Task Bad_input_is_refused_before_any_request(string url, int interval, string message)
    {
        await using var db = Database.Open();

        var error = await Assert.ThrowsAsync<FeedException>(() => Catalog(db).AddAsync(url, interval));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Remove_takes_an_id_or_a_url_and_says_when_there_is_none()
    {
        await using var db = Database.Open();
        var feed = await Catalog(db).AddAsync(Site.FeedUrl, 30);
        var catalog = Catalog(db);

        Assert.False(await catalog.RemoveAsync("999"));
        Assert.True(await catalog.RemoveAsync(Site.FeedUrl));
        Assert.False(await catalog.RemoveAsync(feed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(await catalog.ListAsync());
    }

    [Theory]
    [InlineData(30, 0, 30)]
    [InlineData(30, 1, 60)]
    [InlineData(30, 3, 240)]
    [InlineData(30, 6, 1440)]
    [InlineData(30, 40, 1440)]
    [InlineData(2880, 2, 2880)]
    public void Failures_double_the_wait_up_to_a_day(int interval, int failures, int expectedMinutes)
    {
        var now = Start.UtcDateTime;

        Assert.Equal(now.AddMinutes(expectedMinutes), FeedSchedule.NextPoll(now, interval, failures));
    }
}
