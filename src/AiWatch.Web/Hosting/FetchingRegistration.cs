using AiWatch.Core.Scraping;

namespace AiWatch.Web.Hosting;

public static class FetchingSetup
{
    /// <summary>
    /// <see cref="IHttpFetcher"/> and <see cref="PageFetcher"/> for feeds and "ingest a URL", with
    /// <see cref="FetchOptions"/> bound from "AiWatch:Fetch" and checked when the host starts.
    /// </summary>
    public static IServiceCollection AddAiWatchFetcher(this IServiceCollection services)
    {
        services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.Section).ValidateOnStart();
        return services.AddAiWatchFetching();
    }
}
