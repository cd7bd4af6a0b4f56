using System.Collections.Concurrent;
using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiWatch.Core.Tests.Feeds;

/// <summary>
/// A small French news site on 127.0.0.1: an RSS feed (ETag "v1", answered with 304 when sent back, unless
/// <see cref="IgnoreValidators"/>), two article pages, one missing item, a failing feed, an HTML page announcing
/// the feed, a malformed feed and one with an external entity. Counts the requests per path.
/// </summary>
public sealed class FeedTestSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> hits = new();
    private LocalWebServer server = null!;

    public string BaseUrl => server.BaseUrl;
    public string FeedUrl => BaseUrl + "/rss.xml";
    public bool IgnoreValidators { get; set; }
    public bool FeedFails { get; set; }

    public int Hits(string path) => hits.GetValueOrDefault(path);

    public static async Task<FeedTestSite> StartAsync()
    {
        var site = new FeedTestSite();
        site.server = await LocalWebServer.StartAsync(site.Map);
        return site;
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
            await next(context);
        });
        app.MapGet("/rss.xml", (HttpContext context) =>
        {
            if (FeedFails)
            {
                return Results.StatusCode(500);
            }
            if (!IgnoreValidators && context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                return Results.StatusCode(304);
            }
            context.Response.Headers.ETag = "\"v1\"";
            return Results.Content(Feed(), "application/rss+xml; charset=utf-8");
        });
        app.MapGet("/ia/openai-mistral.html", () => Results.Content(Article("OpenAI et Mistral AI",
            "OpenAI a présenté jeudi un nouveau modèle, et Mistral AI a promis une réponse dans les semaines qui viennent."), "text/html; charset=utf-8"));
        app.MapGet("/ia/nvidia.html", () => Results.Content(Article("Nvidia au sommet",
            "Nvidia a franchi mercredi les 5 000 milliards de dollars de capitalisation boursière, porté par l’IA générative."), "text/html; charset=utf-8"));
        const string Page = "<!DOCTYPE html><html lang=\"fr\"><head><title>Rubrique IA</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head><body><h1>IA</h1></body></html>";
        app.MapGet("/page.html", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.MapGet("/page-mal-etiquetee", () => Results.Content(Page, "text/plain; charset=utf-8"));
        app.MapGet("/sans-flux.html", () => Results.Content("<html><head><title>Rien</title></head><body>Pas de flux ici.</body></html>", "text/html"));
        app.MapGet("/malformed.xml", () => Results.Bytes(File.ReadAllBytes(TestData("malformed.xml")), "application/rss+xml"));
        app.MapGet("/xxe.xml", () => Results.Bytes(File.ReadAllBytes(TestData("xxe.xml")), "application/rss+xml"));
    }

    private string Feed() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>Exemple – Intelligence artificielle</title>
            <link>{BaseUrl}/ia/</link>
            <item><title>OpenAI et Mistral AI</title><link>{BaseUrl}/ia/openai-mistral.html?xtor=RSS-1</link><pubDate>Thu, 12 Nov 2026 08:30:00 +0100</pubDate></item>
            <item><title>Nvidia au sommet</title><link>/ia/nvidia.html</link></item>
            <item><title>Article retiré</title><link>{BaseUrl}/ia/retire.html</link></item>
          </channel>
        </rss>
        """;

    private static string Article(string title, string text) =>
        $"<html lang=\"fr\"><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p></article></body></html>";

    private static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "Feeds", "testdata", name);

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
