using AiWatch.Core.Model;
using AiWatch.Core.Tests.Feeds;
using AiWatch.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiWatch.Web.Tests.Hosting;

public sealed class FeedPollingServiceTests : IAsyncLifetime
{
    private FeedTestSite site = null!;

    public async Task InitializeAsync() => site = await FeedTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    /// <summary>A started app with this setting (the host starts on first use of its services), fetching allowed on loopback.</summary>
    private static EmptyApplication Start(string key, string value)
    {
        var app = new EmptyApplication();
        app.Settings["AiWatch:Fetch:AllowPrivateNetworks"] = "true";
        app.Settings["AiWatch:Fetch:PerHostInterval"] = "00:00:00";
        app.Settings[key] = value;
        _ = app.Services;
        return app;
    }

    private static FeedPollingService Service(EmptyApplication app) => app.Services.GetServices<IHostedService>().OfType<FeedPollingService>().Single();

    private static async Task AddDueFeedAsync(EmptyApplication app, string url) => await app.WithDbAsync(async db =>
    {
        db.Feeds.Add(new Feed { Url = url, CreatedUtc = DateTime.UtcNow, NextPollUtc = DateTime.UnixEpoch });
        return await db.SaveChangesAsync();
    });

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        // Generous: a cold, loaded machine is slow; the loop itself polls every second here.
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (await condition())
            {
                return;
            }
        }
        Assert.Fail("the condition was not met within 60 s");
    }

    [Fact]
    public async Task The_loop_polls_due_feeds_and_ingests_their_items()
    {
        using var app = Start("AiWatch:Feeds:CheckInterval", "00:00:01");
        await AddDueFeedAsync(app, site.FeedUrl);

        await WaitForAsync(() => app.WithDbAsync(db => db.Feeds.AnyAsync(f => f.LastPolledUtc != null)));

        var feed = await app.WithDbAsync(db => db.Feeds.AsNoTracking().SingleAsync());
        Assert.Equal((0, "\"v1\""), (feed.ConsecutiveFailures, feed.ETag));
        Assert.Equal(3, await app.WithDbAsync(db => db.FeedItems.CountAsync()));
    }

    [Fact]
    public async Task A_failing_round_is_logged_and_the_loop_goes_on()
    {
        using var app = Start("AiWatch:Feeds:CheckInterval", "00:00:01");
        var service = Service(app);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE Feeds RENAME TO FeedsAway"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var roundsWhileBroken = service.Rounds;
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE FeedsAway RENAME TO Feeds"));

        await WaitForAsync(() => Task.FromResult(service.Rounds > roundsWhileBroken));

        Assert.NotNull(service.ExecuteTask);
        Assert.False(service.ExecuteTask!.IsCompleted);
    }

    [Fact]
    public async Task Disabled_polling_never_polls()
    {
        using var app = Start("AiWatch:Feeds:Enabled", "false");
        await AddDueFeedAsync(app, site.FeedUrl);

        var service = Service(app);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, service.Rounds);
        Assert.Equal(0, site.Hits("/rss.xml"));
    }
}
