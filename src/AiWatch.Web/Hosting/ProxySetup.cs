using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy: the forwarded client address, scheme and host replace the connection's (for the
/// rate limits, the Secure cookie, absolute links in Atom feeds), and the app answers under its base path.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddAiWatchProxy(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) => Trust(forwarded, proxy.Value));
        return services;
    }

    public static void Trust(ForwardedHeadersOptions forwarded, ProxyOptions proxy)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        forwarded.ForwardLimit = proxy.ForwardLimit;
        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("127.0.0.0/8"));
        forwarded.KnownProxies.Add(IPAddress.IPv6Loopback);
        foreach (var address in proxy.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(address));
        }
        foreach (var network in proxy.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    /// <summary>
    /// First in the pipeline, so everything after it (request log, rate limits, links) sees the client as the proxy
    /// describes it. With a base path, "/aiwatch/actors" is served as "/actors" with PathBase "/aiwatch", which every
    /// link, redirect and cookie path then carries.
    /// </summary>
    public static WebApplication UseAiWatchProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var basePath = app.Services.GetRequiredService<IOptions<AiWatchOptions>>().Value.BasePath;
        if (!string.IsNullOrEmpty(basePath))
        {
            app.UsePathBase(basePath);
        }
        return app;
    }
}
