namespace AiWatch.Web.Tests.Pages.Timeline;

public sealed class IndexTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public IndexTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Events_are_grouped_by_month_in_the_order_they_happened()
    {
        var page = await app.CreateClient().GetDocumentAsync("/timeline");

        var months = page.Texts(".timeline-month h2").ToList();
        // The investment is dated March 2025 by its text; the bid has no date of its own and takes the article's (April 2025).
        var march = months.IndexOf("mars 2025");
        var april = months.IndexOf("avril 2025");
        Assert.True(march >= 0 && april > march, string.Join(", ", months));
        var aprilEvents = page.QuerySelectorAll(".timeline-month")[april];
        Assert.Contains(aprilEvents.QuerySelectorAll(".tag"), t => t.TextContent == "Offre de rachat");
        Assert.Contains($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.BidSentence}",
            aprilEvents.QuerySelectorAll("blockquote a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/actors/elon-musk", aprilEvents.QuerySelectorAll("a.actor-chip").Select(a => a.GetAttribute("href")));
    }
}
