using System.Text;
using AiWatch.Core.Scraping;
using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiWatch.Core.Tests.Scraping;

public sealed class PageFetcherTests : IAsyncLifetime
{
    private const string Page = FetchTestSite.Page;
    private LocalWebServer server = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync() => server = await LocalWebServer.StartAsync(app =>
    {
        app.MapGet("/article", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.MapGet("/latin1", () => Results.Bytes(Encoding.Latin1.GetBytes(Page), "text/html; charset=iso-8859-1"));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/broken", () => Results.StatusCode(500));
        app.MapGet("/huge", () => Results.Bytes(new byte[4096], "text/html"));
        app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"));
        app.MapGet("/pdf", () => Results.Bytes("%PDF-1.7"u8.ToArray(), "application/pdf"));
        app.MapGet("/binary", () => Results.Bytes([0x54, 0x69, 0x74, 0x72, 0x65, 0x0A, 0x00, 0x01, 0x00], "text/plain"));
        app.MapGet("/plain", () => Results.Text("Titre\nTexte brut.", "text/plain; charset=utf-8"));
        app.MapGet("/cut", async (HttpContext context) =>
        {
            context.Response.ContentLength = 10_000;
            await context.Response.WriteAsync("<html><body><p>Début");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        app.MapGet("/slow", async (HttpContext context) =>
        {
            await context.Response.WriteAsync("<html>");
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        });
    });

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("/article")]
    [InlineData("/latin1")]
    public async Task A_page_is_fetched_and_decoded_with_its_accents(string path)
    {
        var document = await new PageFetcher(new HttpFetcher(http)).FetchAsync(server.BaseUrl + path);

        Assert.Equal("text/html", document.ContentType);
        Assert.Contains("à l’Élysée", document.Content.Replace("l'", "l’"));
        Assert.Equal(server.BaseUrl + path, document.Url);
    }

    [Theory]
    [InlineData("/missing", "HTTP 404 Not Found")]
    [InlineData("/broken", "HTTP 500 Internal Server Error")]
    [InlineData("/huge", "body larger than 1024 bytes")]
    [InlineData("/image", "not an article page (content type image/png)")]
    [InlineData("/pdf", "not an article page (content type application/pdf)")]
    [InlineData("/binary", "binary content, not text")]
    public async Task Failures_are_fetch_errors_with_a_reason(string path, string reason)
    {
        var fetcher = new PageFetcher(new HttpFetcher(http, maxBodyBytes: 1024));

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.BaseUrl + path));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public async Task A_body_slower_than_the_total_timeout_is_a_fetch_error()
    {
        // Headers arrive at once, the body never ends: only the total deadline can stop it.
        var fetcher = new PageFetcher(new HttpFetcher(http, totalTimeout: TimeSpan.FromSeconds(1)));

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(server.BaseUrl + "/slow"));

        Assert.Equal("timed out", error.Message);
    }

    [Fact]
    public async Task A_plain_text_page_is_read_as_text()
    {
        var document = await new PageFetcher(new HttpFetcher(http)).FetchAsync(server.BaseUrl + "/plain");

        Assert.Equal(("text/plain", "Titre\nTexte brut."), (document.ContentType, document.Content));
    }

    [Fact]
    public async Task A_connection_cut_mid_body_is_a_fetch_error()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => new PageFetcher(new HttpFetcher(http)).FetchAsync(server.BaseUrl + "/cut"));

        Assert.StartsWith("request failed: ", error.Message);
    }

    [Theory]
    [InlineData("ftp://exemple.fr/a")]
    [InlineData("file:///etc/passwd")]
    [InlineData("pas une url")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => new PageFetcher(new HttpFetcher(http)).FetchAsync(url));

        Assert.Equal("only http and https URLs can be fetched", error.Message);
    }
}
