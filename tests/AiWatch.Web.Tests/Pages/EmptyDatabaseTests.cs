namespace AiWatch.Web.Tests.Pages;

/// <summary>A first start with nothing to seed: every screen must render its empty state, not fail.</summary>
public sealed class EmptyDatabaseTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public EmptyDatabaseTests(EmptyApplication app) => this.app = app;

    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/articles?page=3")]
    [InlineData("/actors")]
    [InlineData("/timeline")]
    [InlineData("/search")]
    [InlineData("/search?q=openai")]
    [InlineData("/search?q=openai&kind=claim&sort=date")]
    [InlineData("/disputes")]
    [InlineData("/timeline?type=lawsuit&from=2025-01-01")]
    public async Task Page_renders_with_no_data(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url);

        Assert.NotNull(page.QuerySelector("main h1"));
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/actors")]
    [InlineData("/api/events")]
    [InlineData("/api/quotes")]
    [InlineData("/api/claims")]
    [InlineData("/api/search?q=openai")]
    [InlineData("/api/disputes")]
    [InlineData("/api/timeline")]
    [InlineData("/openapi/v1.json")]
    public async Task Api_answers_with_no_data(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Database_is_empty()
    {
        var articles = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Articles));

        Assert.Equal(0, articles);
    }

    [Theory]
    [InlineData("/timeline?format=csv", "text/csv")]
    [InlineData("/search?q=openai&format=csv", "text/csv")]
    public async Task Exports_work_with_no_data(string url, string mediaType)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
