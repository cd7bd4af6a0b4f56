using System.Net;

namespace AiWatch.Web.Tests.Api;

public sealed class DisputesApiTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public DisputesApiTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task List_has_the_sides_counts_and_latest_move()
    {
        var disputes = await app.CreateClient().GetJsonAsync("/api/disputes");

        var dispute = Assert.Single(disputes.Items(), d => d.GetProperty("slug").GetString() == SampleData.DisputeSlug);
        Assert.Equal(SampleData.DisputeSlug, dispute.GetProperty("slug").GetString());
        Assert.Equal(2, dispute.GetProperty("eventCount").GetInt32());
        Assert.StartsWith("/articles/", dispute.GetProperty("latestMove").GetProperty("link").GetString());
    }

    [Fact]
    public async Task Details_list_every_move_with_its_sentence()
    {
        var dispute = await app.CreateClient().GetJsonAsync($"/api/disputes/{SampleData.DisputeSlug}");

        var moves = dispute.GetProperty("moves").EnumerateArray().ToList();
        var hedged = moves.Single(m => m.GetProperty("text").GetString() == SampleData.HedgedClaim);
        Assert.True(hedged.GetProperty("hedged").GetBoolean());
        Assert.Equal("openai", hedged.GetProperty("by").GetProperty("slug").GetString());
        Assert.Contains(moves, m => m.GetProperty("kind").GetString() == "event" && m.GetProperty("event").GetProperty("sources").GetArrayLength() == 3);
        // The seeds also report a Musk–OpenAI–Microsoft partnership: two sides of one deal are not a move of the dispute.
        Assert.All(moves.Where(m => m.GetProperty("kind").GetString() == "event"),
            m => Assert.Contains(m.GetProperty("event").GetProperty("type").GetString(), new[] { "lawsuit", "bid", "settlement" }));
    }

    [Fact]
    public async Task Unknown_dispute_is_a_json_404()
    {
        var problem = await app.CreateClient().GetJsonAsync("/api/disputes/nobody", HttpStatusCode.NotFound);

        Assert.Contains("nobody", problem.GetProperty("detail").GetString());
    }
}
