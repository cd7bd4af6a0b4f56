using AiWatch.Web.Pages.Timeline;
using TimelinePage = AiWatch.Web.Pages.Timeline.Index;

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

    [Fact]
    public async Task Filters_by_type_and_actor_and_keeps_the_choices_selected()
    {
        var page = await app.CreateClient().GetDocumentAsync("/timeline?type=investment&actor=softbank");

        Assert.All(page.Texts(".timeline .tag"), tag => Assert.Equal("Investissement", tag));
        Assert.Contains($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.InvestmentSentence}", page.Hrefs(".timeline blockquote a"));
        Assert.Equal("investment", page.QuerySelector("#type option[selected]")?.GetAttribute("value"));
        Assert.Equal("softbank", page.QuerySelector("#actor option[selected]")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("label[for=type]"));
    }

    [Theory]
    [InlineData("/timeline?type=war")]
    [InlineData("/timeline?actor=nobody")]
    [InlineData("/timeline?type=&actor=")]
    [InlineData("/timeline?type=%27%3B--")]
    public async Task Odd_filters_still_give_a_page(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url);

        Assert.Equal("Chronologie", page.QuerySelector("h1")?.TextContent);
    }

    private static EventGroupRow Row(string? date, string? start, string? articleDate)
    {
        var startDate = start is null ? (DateOnly?)null : DateOnly.Parse(start);
        var published = articleDate is null ? (DateOnly?)null : DateOnly.Parse(articleDate);
        return new EventGroupRow("e1", "launch", date, startDate, false, startDate ?? published, null, null, false, [],
            [new EventSource(1, "Titre", "www.exemple.fr", published, "…", "/articles/1#sentence-0")]);
    }

    [Fact]
    public void Year_only_dates_head_their_year_and_undated_events_come_last()
    {
        var groups = TimelinePage.Group(
        [
            Row(null, null, null),
            Row("2025-02", "2025-02-01", null),
            Row("2025", "2025-01-01", null),
            Row(null, null, "2024-12-24"),
            Row("2025-01-09", "2025-01-09", null),
        ]);

        Assert.Equal(
            ["décembre 2024", "2025 (mois non précisé)", "janvier 2025", "février 2025", "Date inconnue"],
            groups.Select(g => g.Period?.Label ?? "Date inconnue"));
    }
}
