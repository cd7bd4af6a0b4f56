namespace AiWatch.Web.Tests.Pages;

public sealed class IndexTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public IndexTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Dashboard_shows_counts_latest_articles_top_actors_and_latest_events()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Tableau de bord", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(page.Texts(".stats li"), t => t.EndsWith("événements") && !t.StartsWith("0"));
        Assert.Contains($"/articles/{app.Sample.ArticleId}", page.Hrefs("#latest-articles ~ ul a"));
        Assert.Contains("/actors/openai", page.Hrefs("#top-actors ~ ol a"));
        Assert.Contains($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.BidSentence}", page.Hrefs("#latest-events ~ ul blockquote a"));
    }

    [Fact]
    public async Task Layout_has_landmarks_skip_link_and_current_section()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("main#contenu"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal("#contenu", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.Equal("/", page.QuerySelector("nav a[aria-current=page]")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("label[for=header-q]"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task French_text_is_written_as_is_and_markup_still_encoded()
    {
        var html = await app.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("<b>événement</b>"));

        Assert.Contains("événement", html);
        Assert.DoesNotContain("&#xE9;", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Theory]
    [InlineData("stylesheet", ".sentence:target")]
    [InlineData("icon", "<svg")]
    public async Task Linked_assets_are_served(string rel, string expected)
    {
        var client = app.CreateClient();
        var page = await client.GetDocumentAsync("/");
        var href = page.QuerySelector($"link[rel={rel}]")?.GetAttribute("href");
        Assert.NotNull(href);

        var asset = await client.GetAsync(href);

        Assert.Equal(System.Net.HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains(expected, await asset.Content.ReadAsStringAsync());
    }
}
