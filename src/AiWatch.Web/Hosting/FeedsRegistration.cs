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
    /// The fetcher (<see cref="FetchingRegistration.AddAiWatchFetching"/>), clock and site rules are only added when
    /// nothing registered them before.
    /// </summary>
    public static IServiceCollection AddAiWatchFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedPollingOptions>().BindConfiguration(FeedPollingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedPollingOptions>, FeedPollingOptionsValidator>();
        services.AddAiWatchFetching();
        services.TryAddSingleton(provider => SeedPaths.SiteRulesIn(provider.GetRequiredService<IOptions<AiWatchOptions>>().Value.SeedsPath));
        services.AddScoped(provider => new FeedCatalog(
            provider.GetRequiredService<AiWatchDbContext>(), provider.GetRequiredService<IHttpFetcher>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped(NewPoller);
        services.AddHostedService<FeedPollingService>();
        return services;
    }

    /// <summary>
    /// A poller whose ingestor analyses with the actors of the database (the registry file synced at start-up,
    /// plus those added in the app), read when a poll first finds a new item.
    /// </summary>
    private static FeedPoller NewPoller(IServiceProvider provider)
    {
        var db = provider.GetRequiredService<AiWatchDbContext>();
        var clock = provider.GetRequiredService<TimeProvider>();
        var logger = provider.GetRequiredService<ILogger<FeedPoller>>();
        var siteRules = provider.GetRequiredService<SiteRules>();
        return new FeedPoller(db, provider.GetRequiredService<IHttpFetcher>(),
            async ct => new ArticleIngestor(db, new ArticleAnalyzer(await ActorRegistryFromDatabase.LoadAsync(db, ct)), logger, siteRules, clock),
            logger, clock);
    }
}
