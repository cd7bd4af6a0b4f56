using AiWatch.Core.Scraping;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiWatch.Web.Hosting;

public static class Fetching
{
    public const string ClientName = "pages";

    /// <summary>
    /// The fetcher the admin's "ingest a URL" page uses. TryAdd: a richer fetcher registered before this one
    /// (politeness, retries) is kept.
    /// </summary>
    public static IServiceCollection AddAiWatchFetching(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("AiWatch/1.0 (+veille IA)"));
        services.TryAddTransient<IHttpFetcher>(provider => new HttpFetcher(provider.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName)));
        services.TryAddTransient<PageFetcher>();
        return services;
    }
}
