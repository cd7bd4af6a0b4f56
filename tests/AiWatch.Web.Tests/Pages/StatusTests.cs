using System.Net;

namespace AiWatch.Web.Tests.Pages;

public sealed class StatusTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public StatusTests(EmptyApplication app) => this.app = app;

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/actors/a/b")]
    [InlineData("/status/200")]
    public async Task Unknown_urls_get_the_404_page(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page introuvable", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main#contenu"));
    }

    [Theory]
    [InlineData("POST", "/healthz")]
    [InlineData("POST", "/actors")]
    [InlineData("PUT", "/api/articles")]
    [InlineData("DELETE", "/api/actors/openai")]
    public async Task Anything_but_reading_is_a_405(string method, string url)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }
}
