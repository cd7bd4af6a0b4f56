using System.Net;

namespace AiWatch.Web.Tests.Api;

public sealed class ActorsApiTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public ActorsApiTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task List_has_mention_counts_and_kinds_as_words()
    {
        var actors = await app.CreateClient().GetJsonAsync("/api/actors");

        var musk = actors.EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "elon-musk");
        Assert.Equal("person", musk.GetProperty("kind").GetString());
        Assert.True(musk.GetProperty("mentions").GetInt32() >= 2);
    }

    [Fact]
    public async Task Dossier_lists_facts_by_and_about_the_actor()
    {
        var openai = await app.CreateClient().GetJsonAsync("/api/actors/openai");

        Assert.Equal("OpenAI", openai.GetProperty("name").GetString());
        Assert.Equal("organisation", openai.GetProperty("kind").GetString());
        Assert.Contains(openai.GetProperty("claimsAbout").EnumerateArray(), c => c.GetProperty("speaker").GetProperty("slug").GetString() == "elon-musk");
        Assert.True(openai.GetProperty("events").GetArrayLength() >= 2);
    }

    [Theory]
    [InlineData("/api/actors/openai?all=secrets", "all")]
    [InlineData("/api/actors/openai?all=quotes&page=0", "page")]
    public async Task An_unknown_list_or_a_page_out_of_range_is_a_json_400(string url, string parameter)
    {
        var problem = await app.CreateClient().GetJsonAsync(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Unknown_actor_is_a_json_404()
    {
        var problem = await app.CreateClient().GetJsonAsync("/api/actors/nobody", HttpStatusCode.NotFound);

        Assert.Contains("nobody", problem.GetProperty("detail").GetString());
    }
}
