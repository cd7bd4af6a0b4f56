using AiWatch.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests.Pages;

/// <summary>Lists split into pages of AiWatch:PageSize rows, with previous/next links that keep the query.</summary>
public sealed class PagingTests : IClassFixture<PagingTests.SmallPages>
{
    public sealed class SmallPages : AiWatchApplication
    {
        public SmallPages() => Settings["AiWatch:PageSize"] = "2";
    }

    private readonly SmallPages app;

    public PagingTests(SmallPages app) => this.app = app;

    [Fact]
    public async Task Articles_come_two_by_two_with_next_and_previous_links()
    {
        var client = app.CreateClient();
        var total = await app.WithDbAsync(db => db.Articles.CountAsync());

        var first = await client.GetDocumentAsync("/articles");
        var second = await client.GetDocumentAsync("/articles?page=2");

        Assert.Equal(2, first.QuerySelectorAll("ul.rows li").Length);
        Assert.Equal("/articles?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("/articles?page=1", second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Contains($"Page 2 sur {(total + 1) / 2}", second.QuerySelector(".pager")?.TextContent);
        Assert.Empty(first.Hrefs("ul.rows a").Intersect(second.Hrefs("ul.rows a")));
    }

    [Fact]
    public async Task Search_pages_keep_the_query()
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("openai #"));

        Assert.Equal("/search?q=openai%20%23&page=2", page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Api_default_page_size_follows_the_setting()
    {
        var articles = await app.CreateClient().GetJsonAsync("/api/articles");

        Assert.Equal(2, articles.GetProperty("pageSize").GetInt32());
    }
}
