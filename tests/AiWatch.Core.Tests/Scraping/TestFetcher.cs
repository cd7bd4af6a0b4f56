using AiWatch.Core.Scraping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Tests.Scraping;

/// <summary>
/// The fetcher exactly as services register it (<see cref="FetchingRegistration.AddAiWatchFetching"/>), set for
/// tests: loopback allowed (the test server lives there), no pacing and 1 ms retry delays unless a test says otherwise.
/// </summary>
public sealed class TestFetcher : IDisposable
{
    private readonly ServiceProvider services;

    public TestFetcher(Action<FetchOptions>? change = null, TimeProvider? time = null, ILogger? logger = null)
    {
        var collection = new ServiceCollection();
        if (time is not null)
        {
            collection.AddSingleton(time);
        }
        collection.AddLogging(builder =>
        {
            if (logger is not null)
            {
                builder.AddProvider(new OneLoggerProvider(logger));
            }
        });
        collection.AddAiWatchFetching(options =>
        {
            (options.AllowPrivateNetworks, options.PerHostInterval, options.RetryBaseDelay) = (true, TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
            change?.Invoke(options);
        });
        services = collection.BuildServiceProvider();
        Fetcher = services.GetRequiredService<IHttpFetcher>();
        Pages = services.GetRequiredService<PageFetcher>();
    }

    public IHttpFetcher Fetcher { get; }

    public PageFetcher Pages { get; }

    public Task<FetchResponse> GetAsync(string url, string? etag = null, string? lastModified = null) =>
        Fetcher.GetAsync(new FetchRequest(new Uri(url), etag, lastModified));

    public void Dispose() => services.Dispose();

    private sealed class OneLoggerProvider(ILogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
