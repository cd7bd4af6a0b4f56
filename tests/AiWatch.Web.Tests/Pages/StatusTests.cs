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
}
