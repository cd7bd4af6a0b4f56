using System.Net;
using System.Text;
using AiWatch.Core.Scraping;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiWatch.Web.Tests.Pages.Admin;

public sealed class IngestTests : IClassFixture<SampleApplication>
{
    private const string ArticleHtml = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Nvidia dévoile une nouvelle puce</title></head>
        <body><article><h1>Nvidia dévoile une nouvelle puce</h1>
        <p>Nvidia, le fabricant californien, a présenté mardi une puce destinée aux centres de données, plus rapide que la précédente.</p>
        <p>Selon l’entreprise, les premières livraisons auront lieu au printemps auprès des grands fournisseurs de cloud.</p>
        </article></body></html>
        """;

    private readonly SampleApplication app;

    public IngestTests(SampleApplication app) => this.app = app;

    /// <summary>Answers from a table of URL → page; any other URL fails like a 404 would.</summary>
    private sealed class FakeFetcher(Dictionary<string, string> pages) : IHttpFetcher
    {
        public Task<FetchResponse> GetAsync(FetchRequest request, CancellationToken ct = default) =>
            pages.TryGetValue(request.Url.AbsoluteUri, out var html)
                ? Task.FromResult(new FetchResponse(request.Url, false, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), null, null))
                : throw new FetchException("HTTP 404 Not Found");
    }

    private async Task<HttpClient> AdminWithPagesAsync(Dictionary<string, string> pages)
    {
        var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IHttpFetcher>(new FakeFetcher(pages))));
        return await factory.CreateAdminClientAsync();
    }

    [Fact]
    public async Task A_fetched_page_is_stored_analysed_and_linked()
    {
        const string url = "https://presse.example/tech/nvidia-puce";
        var client = await AdminWithPagesAsync(new() { [url] = ArticleHtml });

        var response = await client.SubmitFormAsync("/admin/ingest", new Dictionary<string, string> { ["Address"] = url });

        var page = await Html.ParseAsync(response, "/admin/ingest");
        var link = page.QuerySelector("main .form-ok a")?.GetAttribute("href");
        var article = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Url == url));
        Assert.Equal($"/articles/{article.Id}", link);
        Assert.Equal("Nvidia dévoile une nouvelle puce", article.Title);
        Assert.Contains(article.Id, await app.WithDbAsync(db => db.Mentions.Where(m => m.Actor!.Slug == "nvidia").Select(m => m.ArticleId).ToListAsync()));
    }

    [Fact]
    public async Task A_page_that_cannot_be_fetched_is_explained_and_recorded()
    {
        const string url = "https://presse.example/disparu";
        var client = await AdminWithPagesAsync([]);

        var response = await client.SubmitFormAsync("/admin/ingest", new Dictionary<string, string> { ["Address"] = url });

        var page = await Html.ParseAsync(response, "/admin/ingest");
        Assert.Contains("HTTP 404 Not Found", page.Alert()?.TextContent);
        var failure = await app.WithDbAsync(db => db.IngestionFailures.SingleAsync(f => f.Input == url));
        Assert.Equal("HTTP 404 Not Found", failure.Reason);
        Assert.Contains("HTTP 404 Not Found", (await client.GetDocumentAsync("/admin")).QuerySelector("section[aria-labelledby=failures] tbody")?.TextContent);
    }

    [Theory]
    [InlineData("pas une adresse")]
    [InlineData("ftp://presse.example/fichier")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_http_addresses_are_accepted(string address)
    {
        var client = await AdminWithPagesAsync([]);

        var response = await client.SubmitFormAsync("/admin/ingest", new Dictionary<string, string> { ["Address"] = address });

        var page = await Html.ParseAsync(response, "/admin/ingest");
        Assert.Contains("http://", page.Alert()?.TextContent);
        Assert.Equal("true", page.QuerySelector("#url")?.GetAttribute("aria-invalid"));
        Assert.False(await app.WithDbAsync(db => db.IngestionFailures.AnyAsync(f => f.Input == address)));
    }

    [Fact]
    public async Task A_visitor_cannot_post_to_it()
    {
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await visitor.PostFieldsAsync("/admin/ingest", new Dictionary<string, string> { ["Address"] = "https://presse.example/x" });

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.IngestionFailures.AnyAsync(f => f.Input == "https://presse.example/x")));
    }
}
