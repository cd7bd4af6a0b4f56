using System.IO.Compression;
using System.Text;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Scraping;
using AiWatch.Core.Tests.Scraping;
using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Hostile;

/// <summary>
/// Pages and files past the size caps, generated at test time (never committed): 50 MB once decompressed for
/// local files (<see cref="DocumentFiles.MaxDecodedBytes"/>), 10 MB for HTTP bodies (<see cref="HttpFetcher.DefaultMaxBodyBytes"/>),
/// both counted after decompression so a gzip bomb stops at the cap.
/// </summary>
public sealed class OversizedInputTests : IAsyncLifetime
{
    private const string Article = "<h1>Nvidia rachète une start-up</h1><p>Nvidia a annoncé mardi le rachat d'une start-up française spécialisée dans l'inférence, selon un communiqué.</p>";

    private TempDatabase database = null!;

    public async Task InitializeAsync() => database = await TempDatabase.CreateWithActorsAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_page_of_exactly_50_MB_is_read_and_one_byte_more_is_refused()
    {
        var atCap = WritePage("a-la-limite.html", DocumentFiles.MaxDecodedBytes);
        var overCap = WritePage("trop-grande.html", DocumentFiles.MaxDecodedBytes + 1);

        var results = await HostileIngestion.IngestAsync(database, [overCap, atCap]);

        Assert.Equal((IngestStatus.Failed, "larger than 50 MB once decompressed"), (results[0].Status, results[0].Error));
        Assert.Equal(IngestStatus.Ingested, results[1].Status);
        await using var db = database.Open();
        Assert.Contains("start-up française", (await db.Articles.SingleAsync()).Text);
        Assert.Equal(overCap, (await db.IngestionFailures.SingleAsync()).Input);
    }

    [Fact]
    public async Task A_gzip_bomb_file_stops_at_50_MB_and_the_next_file_is_read()
    {
        var bomb = Path.Combine(database.Folder, "bombe.html.gz");
        await File.WriteAllBytesAsync(bomb, Gzip(DocumentFiles.MaxDecodedBytes + 10 * 1024 * 1024));
        var good = Path.Combine(database.Folder, "bon.html");
        await File.WriteAllTextAsync(good, $"<html><body>{Article}</body></html>");

        var results = await HostileIngestion.IngestAsync(database, [bomb, good]);

        Assert.Equal([IngestStatus.Failed, IngestStatus.Ingested], results.Select(r => r.Status));
        Assert.Equal("larger than 50 MB once decompressed", results[0].Error);
        await DatabaseHealth.AssertIntactAsync(database.ConnectionString);
    }

    [Fact]
    public async Task Over_http_a_page_past_10_MB_and_a_gzip_bomb_fail_and_the_next_page_is_stored()
    {
        var bomb = Gzip(100 * 1024 * 1024);
        await using var server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => Results.NotFound());
            app.MapGet("/grande", () => Results.Bytes(Page(HttpFetcher.DefaultMaxBodyBytes + 1), "text/html; charset=utf-8"));
            app.MapGet("/bombe", async (HttpContext context) =>
            {
                context.Response.Headers.ContentEncoding = "gzip";
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength = bomb.Length;
                await context.Response.Body.WriteAsync(bomb);
            });
            app.MapGet("/article", () => Results.Content($"<html><body>{Article}</body></html>", "text/html; charset=utf-8"));
        });
        using var fetcher = new TestFetcher();
        string[] urls = [server.BaseUrl + "/grande", server.BaseUrl + "/bombe", server.BaseUrl + "/article"];

        var results = await HostileIngestion.IngestAsync(database, urls, fetcher.Pages);

        Assert.Equal([IngestStatus.Failed, IngestStatus.Failed, IngestStatus.Ingested], results.Select(r => r.Status));
        Assert.All(results.Take(2), r => Assert.Equal($"body larger than {HttpFetcher.DefaultMaxBodyBytes} bytes", r.Error));
        await using var db = database.Open();
        Assert.Equal(urls.Take(2), await db.IngestionFailures.OrderBy(f => f.Id).Select(f => f.Input).ToListAsync());
    }

    private string WritePage(string name, long size)
    {
        var path = Path.Combine(database.Folder, name);
        File.WriteAllBytes(path, Page(size));
        return path;
    }

    /// <summary>
    /// A short article padded to exactly <paramref name="size"/> bytes with an inline script, the usual bulk of
    /// a heavy page: the cap is what is tested, not how long the analyser takes over 50 MB of prose.
    /// </summary>
    private static byte[] Page(long size)
    {
        var head = Encoding.UTF8.GetBytes($"<html><body>{Article}<script>var x = \"");
        var tail = Encoding.UTF8.GetBytes("\";</script></body></html>");
        var page = new byte[size];
        head.CopyTo(page, 0);
        page.AsSpan(head.Length, (int)(size - head.Length - tail.Length)).Fill((byte)'a');
        tail.CopyTo(page, size - tail.Length);
        return page;
    }

    private static byte[] Gzip(long zeros)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += chunk.Length)
            {
                gzip.Write(chunk, 0, (int)Math.Min(chunk.Length, zeros - written));
            }
        }
        return output.ToArray();
    }
}
