using System.Net;

namespace AiWatch.Web.Tests.Api;

public sealed class SearchApiTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public SearchApiTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Finds_articles_quotes_and_claims()
    {
        var result = await app.CreateClient().GetJsonAsync("/api/search?q=openai&pageSize=50");

        var kinds = result.Items().Select(h => h.GetProperty("kind").GetString()).ToHashSet();
        Assert.Contains("article", kinds);
        Assert.Contains("claim", kinds);
        Assert.Equal(Math.Min(50, result.GetProperty("total").GetInt32()), result.Items().Count());
    }

    [Theory]
    [MemberData(nameof(Pages.Search.IndexTests.HostileQueries), MemberType = typeof(Pages.Search.IndexTests))]
    public async Task Any_input_gives_a_json_answer(string query)
    {
        var result = await app.CreateClient().GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.True(result.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task Bad_paging_is_a_400()
    {
        await app.CreateClient().GetJsonAsync("/api/search?q=openai&page=0", HttpStatusCode.BadRequest);
    }
}
