using System.Net;

namespace AiWatch.Web.Tests.Api;

public sealed class ArticlesApiTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public ArticlesApiTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task List_is_paged_and_camel_cased()
    {
        var client = app.CreateClient();

        var first = await client.GetJsonAsync("/api/articles?page=1&pageSize=1");
        var second = await client.GetJsonAsync("/api/articles?page=2&pageSize=1");

        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(1, first.GetProperty("pageSize").GetInt32());
        Assert.True(first.GetProperty("total").GetInt32() >= 2);
        Assert.Single(first.Items());
        Assert.NotEqual(first.Items().Single().GetProperty("id").GetInt32(), second.Items().Single().GetProperty("id").GetInt32());
        Assert.True(first.Items().Single().TryGetProperty("publishedDate", out _));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    [InlineData("page=1.5")]
    [InlineData("page=999999999999")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=201")]
    [InlineData("pageSize=x")]
    [InlineData("page=1&page=2")]
    public async Task Bad_paging_is_a_400_naming_the_parameter(string query)
    {
        var problem = await app.CreateClient().GetJsonAsync("/api/articles?" + query, HttpStatusCode.BadRequest);

        var name = query.Split('=')[0];
        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out var messages), problem.ToString());
        Assert.Contains("whole number", messages[0].GetString());
    }

    [Fact]
    public async Task Details_carry_text_mentions_and_facts_with_sentence_links()
    {
        var article = await app.CreateClient().GetJsonAsync($"/api/articles/{app.Sample.ArticleId}");

        Assert.Equal(SampleData.Text, article.GetProperty("text").GetString());
        Assert.Contains(article.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("actor").GetProperty("slug").GetString() == "elon-musk");
        var claim = article.GetProperty("claims").EnumerateArray().Single();
        Assert.Equal(SampleData.ClaimSentence, claim.GetProperty("sentence").GetInt32());
        Assert.Equal($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.ClaimSentence}", claim.GetProperty("link").GetString());
        Assert.Equal(2, article.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_article_is_a_json_404()
    {
        var problem = await app.CreateClient().GetJsonAsync("/api/articles/999999", HttpStatusCode.NotFound);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/articles/abc")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_api_routes_answer_in_json(string url)
    {
        var problem = await app.CreateClient().GetJsonAsync(url, HttpStatusCode.NotFound);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
