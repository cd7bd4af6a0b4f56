using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Feeds;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

public static class FeedsRegistration
{
    /// <summary>
    /// Feed catalog and poller (scoped, on the request's or the loop's DbContext), the background loop and its options.
    /// The fetcher (<see cref="FetchingRegistration.AddAiWatchFetching"/>), clock, registry and site rules are only
    /// added when nothing registered them before.
    /// </summary>
    public static IServiceCollection AddAiWatchFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedPollingOptions>().BindConfiguration(FeedPollingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedPollingOptions>, FeedPollingOptionsValidator>();
        services.AddAiWatchFetching();
        services.TryAddSingleton(provider => LoadRegistry(provider.GetRequiredService<IOptions<AiWatchOptions>>().Value.SeedsPath));
        services.TryAddSingleton(provider => SeedPaths.SiteRulesIn(provider.GetRequiredService<IOptions<AiWatchOptions>>().Value.SeedsPath));
        services.AddScoped(provider => new FeedCatalog(
            provider.GetRequiredService<AiWatchDbContext>(), provider.GetRequiredService<IHttpFetcher>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped(NewPoller);
        services.AddHostedService<FeedPollingService>();
        return services;
    }

    private static FeedPoller NewPoller(IServiceProvider provider)
    {
        var db = provider.GetRequiredService<AiWatchDbContext>();
        var clock = provider.GetRequiredService<TimeProvider>();
        var logger = provider.GetRequiredService<ILogger<FeedPoller>>();
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(provider.GetRequiredService<ActorRegistry>()), logger,
            provider.GetRequiredService<SiteRules>(), clock);
        return new FeedPoller(db, provider.GetRequiredService<IHttpFetcher>(), ingestor, logger, clock);
    }

    /// <summary>The registry the start-up synced into the database; without one, articles are stored with no actor recognised.</summary>
    private static ActorRegistry LoadRegistry(string? seedsPath)
    {
        var path = seedsPath is null ? null : Path.Combine(seedsPath, SeedPaths.ActorsFile);
        return path is not null && File.Exists(path) ? ActorRegistry.Load(path) : new ActorRegistry([]);
    }
}
