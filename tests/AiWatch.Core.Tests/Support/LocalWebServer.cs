using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Tests.Support;

/// <summary>A Kestrel server on 127.0.0.1 with a random port, so fetching is tested without the internet.</summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> hits;

    private LocalWebServer(WebApplication app, string baseUrl, ConcurrentDictionary<string, int> hits)
    {
        this.app = app;
        this.hits = hits;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>How many requests reached <paramref name="path"/> ("/robots.txt"), query excluded.</summary>
    public int Hits(string path) => hits.GetValueOrDefault(path);

    public static async Task<LocalWebServer> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var hits = new ConcurrentDictionary<string, int>();
        app.Use((context, next) =>
        {
            hits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, count) => count + 1);
            return next(context);
        });
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalWebServer(app, address.TrimEnd('/'), hits);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
