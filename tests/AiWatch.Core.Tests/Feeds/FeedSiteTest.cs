using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Feeds;

/// <summary>Base of the tests that need a database and the <see cref="FeedTestSite"/>, both their own.</summary>
public abstract class FeedSiteTest : IAsyncLifetime
{
    protected TempDatabase Database { get; private set; } = null!;
    protected FeedTestSite Site { get; private set; } = null!;
    protected HttpClient Http { get; } = new();

    public virtual async Task InitializeAsync()
    {
        Database = await TempDatabase.CreateAsync();
        Site = await FeedTestSite.StartAsync();
    }

    public virtual async Task DisposeAsync()
    {
        Http.Dispose();
        await Site.DisposeAsync();
        await Database.DisposeAsync();
    }
}
