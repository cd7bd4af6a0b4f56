using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiWatch.Core.Scraping;

public static class FetchingRegistration
{
    /// <summary>The named client every fetch goes through.</summary>
    public const string ClientName = "AiWatch.Fetch";

    /// <summary>
    /// Registers <see cref="IHttpFetcher"/> (one shared instance: it holds the per-host pacing and the robots.txt
    /// cache) and <see cref="PageFetcher"/> over the named client. <see cref="FetchOptions"/> are validated when
    /// first read; bind them before or after this call. A second call only adds its <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddAiWatchFetching(this IServiceCollection services, Action<FetchOptions>? configure = null)
    {
        var options = services.AddOptions<FetchOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        if (services.Any(service => service.ServiceType == typeof(IHttpFetcher)))
        {
            // Registered already (web hosting, then a feature asking for it again): a second client set-up would
            // send the User-Agent twice.
            return services;
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ClientName)
            .ConfigureHttpClient((provider, http) =>
            {
                // The fetcher's own deadline covers headers and body; HttpClient's would only cover the headers.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", OptionsOf(provider).UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => CreateHandler(OptionsOf(provider)));
        services.TryAddSingleton<IHttpFetcher>(provider =>
        {
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new HttpFetcher(() => factory.CreateClient(ClientName), OptionsOf(provider),
                provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<HttpFetcher>>());
        });
        services.TryAddSingleton<PageFetcher>();
        return services;
    }

    /// <summary>
    /// Decompresses gzip, deflate and brotli; never follows redirects (the fetcher does, checking each hop); resolves
    /// and checks addresses itself. No proxy: through one, the address check would only see the proxy's address.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(FetchOptions options) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.ConnectTimeout,
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = AddressCheckingConnector.Create(options.AllowPrivateNetworks),
    };

    private static FetchOptions OptionsOf(IServiceProvider provider) => provider.GetRequiredService<IOptions<FetchOptions>>().Value;
}

/// <summary>Reports every bad <see cref="FetchOptions"/> value at once, with its configuration key.</summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
