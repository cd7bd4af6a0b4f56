using AiWatch.Core.Scraping;
using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Scraping;

/// <summary>robots.txt and per-host pacing through the whole fetcher, with a clock the test moves.</summary>
public sealed class PoliteFetchingTests : IAsyncLifetime
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private FetchTestSite site = null!;

    public async Task InitializeAsync() => site = await FetchTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task A_path_robots_txt_disallows_to_us_is_refused_without_being_requested()
    {
        site.Robots = "User-agent: *\nDisallow: /\n\nUser-agent: AiWatch\nDisallow: /prive/";
        using var fetcher = new TestFetcher();

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/prive/article")));
        await fetcher.GetAsync(site.Url("/article"));

        Assert.Equal(("disallowed by robots.txt", FetchFailure.Disallowed), (error.Message, error.Kind));
        Assert.Equal((0, 1), (site.Hits("/prive/article"), site.Hits("/article")));
    }

    [Fact]
    public async Task Robots_txt_is_fetched_once_per_host_then_again_after_a_day()
    {
        site.Robots = "User-agent: *\nDisallow: /prive/";
        var time = new ManualTimeProvider();
        using var fetcher = new TestFetcher(o => o.RetryCount = 0, time);

        await fetcher.GetAsync(site.Url("/article"));
        await fetcher.GetAsync(site.Url("/etag"));
        await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/prive/article")));
        var withinADay = site.Hits("/robots.txt");
        time.Advance(TimeSpan.FromHours(25));
        await fetcher.GetAsync(site.Url("/article"));

        Assert.Equal((1, 2), (withinADay, site.Hits("/robots.txt")));
    }

    [Fact]
    public async Task Robots_txt_can_be_ignored_by_setting()
    {
        site.Robots = "User-agent: *\nDisallow: /";
        using var fetcher = new TestFetcher(o => o.RespectRobotsTxt = false);

        await fetcher.GetAsync(site.Url("/article"));

        Assert.Equal((0, 1), (site.Hits("/robots.txt"), site.Hits("/article")));
    }

    [Fact]
    public async Task An_absent_robots_txt_allows_everything()
    {
        using var fetcher = new TestFetcher();

        await fetcher.GetAsync(site.Url("/prive/article"));

        Assert.Equal((1, 1), (site.Hits("/robots.txt"), site.Hits("/prive/article")));
    }

    [Theory]
    [InlineData("/moved/robots.txt", false)]
    [InlineData("/robots.txt", true)]
    [InlineData("ftp://exemple.fr/robots.txt", true)]
    public async Task A_redirected_robots_txt_is_followed_and_one_lost_in_redirects_allows_everything(string location, bool allowed)
    {
        (site.Robots, site.RobotsLocation) = ("User-agent: *\nDisallow: /prive/", location);
        using var fetcher = new TestFetcher();

        var fetch = fetcher.GetAsync(site.Url("/prive/article"));

        if (allowed)
        {
            await fetch;
        }
        else
        {
            Assert.Equal("disallowed by robots.txt", (await Assert.ThrowsAsync<FetchException>(() => fetch)).Message);
        }
        Assert.Equal(allowed ? 1 : 0, site.Hits("/prive/article"));
    }

    [Fact]
    public async Task A_failing_robots_txt_disallows_the_host_for_a_short_while_then_is_asked_again()
    {
        site.Robots = "";
        site.RobotsStatus = 503;
        var time = new ManualTimeProvider();
        using var fetcher = new TestFetcher(o => o.RetryCount = 0, time);

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/article")));
        await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/article")));
        var hitsWhileCached = site.Hits("/robots.txt");
        site.RobotsStatus = 200;
        time.Advance(RobotsCache.UnavailableLifetime);
        await fetcher.GetAsync(site.Url("/article"));

        Assert.Equal($"disallowed: robots.txt of 127.0.0.1 is unavailable (HTTP 503 Service Unavailable)", error.Message);
        Assert.Equal((1, 2, 1), (hitsWhileCached, site.Hits("/robots.txt"), site.Hits("/article")));
    }

    [Fact]
    public async Task Requests_to_one_host_including_robots_txt_go_out_one_interval_apart()
    {
        var time = new ManualTimeProvider();
        using var fetcher = new TestFetcher(o => (o.PerHostInterval, o.RetryCount) = (Second, 0), time);

        var first = fetcher.GetAsync(site.Url("/article"));
        await time.WaitForTimersAsync(1);
        var beforeTheInterval = (site.Hits("/robots.txt"), site.Hits("/article"), first.IsCompleted);
        time.Advance(Second);
        await first;
        var second = fetcher.GetAsync(site.Url("/etag"));
        await time.WaitForTimersAsync(2);
        var secondWaiting = (site.Hits("/etag"), second.IsCompleted);
        time.Advance(Second);
        await second;

        Assert.Equal((1, 0, false), beforeTheInterval);
        Assert.Equal((0, false), secondWaiting);
        Assert.Equal(1, site.Hits("/etag"));
        Assert.Equal([Second, Second], time.ScheduledDelays);
    }
}
