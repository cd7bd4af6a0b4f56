namespace AiWatch.Web.Tests.Pages.Disputes;

public sealed class IndexTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public IndexTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Lists_both_sides_counts_and_the_latest_move()
    {
        var page = await app.CreateClient().GetDocumentAsync("/disputes");

        // The seeds ingested at start-up bring disputes of their own; the sample's is the one with known counts.
        var row = Assert.Single(page.QuerySelectorAll(".disputes > li"),
            li => li.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == $"/disputes/{SampleData.DisputeSlug}"));
        Assert.Equal(["/actors/elon-musk", "/actors/openai"], row.QuerySelectorAll("a.actor-chip").Select(a => a.GetAttribute("href")).Order());
        Assert.Contains("2 événement(s) · 2 déclaration(s)", row.TextContent);
        Assert.Contains($"/disputes/{SampleData.DisputeSlug}", row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Matches(@"^/articles/\d+#sentence-\d+$", row.QuerySelector(".latest-move a")?.GetAttribute("href"));
        Assert.Equal("/disputes", page.QuerySelector("nav a[aria-current=page]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Each_dispute_shows_a_latest_move_of_its_own()
    {
        // The latest moves of a page's disputes are loaded together: each must still go to its own dispute.
        var client = app.CreateClient();
        var rows = (await client.GetDocumentAsync("/disputes")).QuerySelectorAll(".disputes > li").ToList();
        Assert.True(rows.Count >= 2, $"{rows.Count} dispute(s): the page does not exercise several");

        foreach (var row in rows)
        {
            var slug = row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h!.StartsWith("/disputes/", StringComparison.Ordinal));
            var latest = row.QuerySelector(".latest-move a")?.GetAttribute("href");
            var moves = (await client.GetDocumentAsync(slug!)).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains(latest, moves);
        }
    }
}
