using System.IO.Compression;
using System.Text;
using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiWatch.Core.Tests.Scraping;

/// <summary>A local site with the behaviours the fetcher must cope with, one path each. Its robots.txt is set per test.</summary>
public sealed class FetchTestSite : IAsyncDisposable
{
    public const string Page = "<html lang=\"fr\"><head><title>Élysée</title></head><body><p>Le président a reçu Sam Altman à l’Élysée.</p></body></html>";
    public const string ETag = "\"v1\"";
    public const string LastModified = "Sat, 21 Nov 2026 10:00:00 GMT";

    private LocalWebServer server = null!;
    private int flakyCalls;
    private int busyCalls;

    /// <summary>Served at /robots.txt with <see cref="RobotsStatus"/>; null serves a 404.</summary>
    public string? Robots { get; set; }

    public int RobotsStatus { get; set; } = 200;

    /// <summary>When set, /robots.txt redirects there; /moved/robots.txt serves <see cref="Robots"/>.</summary>
    public string? RobotsLocation { get; set; }

    private IResult RobotsResult() => Robots is null ? Results.NotFound() : Results.Text(Robots, "text/plain", statusCode: RobotsStatus);

    public string BaseUrl => server.BaseUrl;

    public int Hits(string path) => server.Hits(path);

    public string Url(string path) => server.BaseUrl + path;

    public static async Task<FetchTestSite> StartAsync()
    {
        var site = new FetchTestSite();
        site.server = await LocalWebServer.StartAsync(site.Map);
        return site;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet("/robots.txt", () => RobotsLocation is not null ? Results.Redirect(RobotsLocation) : RobotsResult());
        app.MapGet("/moved/robots.txt", RobotsResult);
        app.MapGet("/article", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.MapGet("/prive/article", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.MapGet("/ua", (HttpContext context) => Results.Text(context.Request.Headers.UserAgent.ToString()));
        MapRedirects(app);
        MapLimits(app);
        MapCharsets(app);
        MapStatuses(app);
        MapCompression(app);
        MapConditional(app);
    }

    private static void MapRedirects(WebApplication app)
    {
        app.MapGet("/redirect/{n:int}", (int n) => n == 0 ? Results.Content(Page, "text/html; charset=utf-8") : Results.Redirect($"/redirect/{n - 1}"));
        app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        app.MapGet("/to-ftp", () => Results.Redirect("ftp://exemple.fr/fichier"));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
        app.MapGet("/to-prive", () => Results.Redirect("/prive/article", permanent: true));
    }

    private static void MapLimits(WebApplication app)
    {
        app.MapGet("/huge", () => Results.Bytes(new byte[4096], "text/html"));
        app.MapGet("/huge-chunked", async (HttpContext context) =>
        {
            // No Content-Length: only counting the bytes as they come can stop it.
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 8; i++)
            {
                await context.Response.Body.WriteAsync(new byte[512]);
                await context.Response.Body.FlushAsync();
            }
        });
        app.MapGet("/gzip-bomb", async (HttpContext context) =>
        {
            // A small Content-Length (the compressed size) over a large decompressed body.
            var compressed = Compress(new byte[200_000], gzip: true);
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = compressed.Length;
            await context.Response.Body.WriteAsync(compressed);
        });
        app.MapGet("/slow", async (HttpContext context) =>
        {
            await context.Response.WriteAsync("<html>");
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
        });
    }

    private static void MapCharsets(WebApplication app)
    {
        var latin1 = Encoding.Latin1.GetBytes(Page.Replace("<head>", "<head><meta charset=\"iso-8859-1\">").Replace("’", "'"));
        app.MapGet("/charset/meta-only", () => Results.Bytes(latin1, "text/html"));
        var cp1252 = CodePagesEncoding(1252).GetBytes(Page);
        app.MapGet("/charset/wrong-header", () => Results.Bytes(cp1252, "text/html; charset=utf-8"));
        app.MapGet("/charset/unknown-label", () => Results.Bytes(Encoding.UTF8.GetBytes(Page), "text/html; charset=x-martien"));
        app.MapGet("/charset/no-content-type", async (HttpContext context) => await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Page)));
    }

    private void MapStatuses(WebApplication app)
    {
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/flaky", () => Interlocked.Increment(ref flakyCalls) == 1 ? Results.StatusCode(500) : Results.Content(Page, "text/html; charset=utf-8"));
        app.MapGet("/down", () => Results.StatusCode(503));
        app.MapGet("/busy", (HttpContext context) =>
        {
            if (Interlocked.Increment(ref busyCalls) > 1)
            {
                return Results.Content(Page, "text/html; charset=utf-8");
            }
            context.Response.Headers.RetryAfter = "0";
            return Results.StatusCode(429);
        });
        app.MapGet("/busy-long", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "3600";
            return Results.StatusCode(429);
        });
    }

    private static void MapCompression(WebApplication app)
    {
        foreach (var (path, encoding, gzip) in new[] { ("/gzip", "gzip", true), ("/brotli", "br", false) })
        {
            app.MapGet(path, async (HttpContext context) =>
            {
                var compressed = Compress(Encoding.UTF8.GetBytes(Page), gzip);
                context.Response.Headers.ContentEncoding = encoding;
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength = compressed.Length;
                await context.Response.Body.WriteAsync(compressed);
            });
        }
    }

    private static void MapConditional(WebApplication app)
    {
        app.MapGet("/etag", (HttpContext context) =>
        {
            context.Response.Headers.ETag = ETag;
            return context.Request.Headers.IfNoneMatch == ETag ? Results.StatusCode(304) : Results.Content(Page, "text/html; charset=utf-8");
        });
        app.MapGet("/lastmod", (HttpContext context) =>
        {
            context.Response.Headers.LastModified = LastModified;
            return context.Request.Headers.IfModifiedSince == LastModified ? Results.StatusCode(304) : Results.Content(Page, "text/html; charset=utf-8");
        });
    }

    private static byte[] Compress(byte[] bytes, bool gzip)
    {
        using var output = new MemoryStream();
        using (Stream compressor = gzip ? new GZipStream(output, CompressionLevel.Optimal) : new BrotliStream(output, CompressionLevel.Optimal))
        {
            compressor.Write(bytes);
        }
        return output.ToArray();
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
