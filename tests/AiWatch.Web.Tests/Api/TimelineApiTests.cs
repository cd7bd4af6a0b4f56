using System.Net;

namespace AiWatch.Web.Tests.Api;

public sealed class TimelineApiTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public TimelineApiTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Grouped_events_come_once_with_all_their_sources()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/timeline?type=lawsuit&actor=openai&from=2025-05-01&to=2025-05-31&pageSize=200");

        var ours = page.Items().Single(g => g.GetProperty("sources").EnumerateArray()
            .Any(s => s.GetProperty("articleId").GetInt32() == app.Sample.LawsuitArticleIds[0]));
        Assert.Equal(app.Sample.LawsuitArticleIds, ours.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("articleId").GetInt32()));
        Assert.True(ours.GetProperty("dateApproximate").GetBoolean());
        Assert.Equal(["elon-musk", "openai"], ours.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("/api/timeline?from=yesterday")]
    [InlineData("/api/timeline?type=war")]
    [InlineData("/api/timeline?page=0")]
    public async Task Bad_parameters_are_a_400_saying_what_is_wrong(string url)
    {
        var problem = await app.CreateClient().GetJsonAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task Related_actors_are_ranked_by_shared_sentences()
    {
        var related = await app.CreateClient().GetJsonAsync("/api/actors/openai/related?limit=2");

        var rows = related.GetProperty("related").EnumerateArray().ToList();
        Assert.InRange(rows.Count, 1, 2);
        Assert.Equal("elon-musk", rows[0].GetProperty("actor").GetProperty("slug").GetString());
        Assert.True(rows[0].GetProperty("count").GetInt32() >= 5);

        await app.CreateClient().GetJsonAsync("/api/actors/nobody/related", HttpStatusCode.NotFound);
        await app.CreateClient().GetJsonAsync("/api/actors/openai/related?limit=0", HttpStatusCode.BadRequest);
    }
}
