namespace AiWatch.Web.Tests.Pages.Articles;

public sealed class IndexTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public IndexTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Lists_articles_newest_first()
    {
        var page = await app.CreateClient().GetDocumentAsync("/articles");

        var links = page.Hrefs("ul.rows a").ToList();
        var newer = links.IndexOf($"/articles/{app.Sample.ArticleId}");
        var older = links.IndexOf($"/articles/{app.Sample.OlderArticleId}");
        Assert.True(newer >= 0 && older > newer, string.Join(", ", links));
        Assert.Equal("/articles", page.QuerySelector("nav a[aria-current=page]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?page=-3")]
    [InlineData("?page=abc")]
    [InlineData("?page=99999999999")]
    [InlineData("?page=5000")]
    public async Task Odd_page_numbers_still_show_a_page(string query)
    {
        var page = await app.CreateClient().GetDocumentAsync("/articles" + query);

        Assert.StartsWith("Articles", page.QuerySelector("h1")?.TextContent);
    }
}
