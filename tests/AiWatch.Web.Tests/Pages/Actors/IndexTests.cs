namespace AiWatch.Web.Tests.Pages.Actors;

public sealed class IndexTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public IndexTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Lists_actors_with_mention_counts_most_mentioned_first()
    {
        var page = await app.CreateClient().GetDocumentAsync("/actors");

        var rows = page.QuerySelectorAll("tbody tr")
            .Select(r => (Href: r.QuerySelector("a")!.GetAttribute("href"), Mentions: int.Parse(r.QuerySelectorAll("td.num")[0].TextContent)))
            .ToList();
        Assert.Contains(rows, r => r.Href == "/actors/sam-altman" && r.Mentions >= 2);
        Assert.Equal(rows.OrderByDescending(r => r.Mentions).Select(r => r.Mentions), rows.Select(r => r.Mentions));
    }
}
