using AiWatch.Web.Pages.Timeline;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task An_event_reported_three_times_shows_once_with_its_three_sources()
    {
        var page = await app.CreateClient().GetDocumentAsync("/timeline?type=lawsuit");

        // The seed articles may report lawsuits of their own: pick the items citing the sample's copies.
        var ours = $"/articles/{app.Sample.LawsuitArticleIds[1]}#sentence-0";
        var lawsuit = Assert.Single(page.QuerySelectorAll(".timeline > li"), li => li.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == ours));
        var sources = lawsuit.QuerySelectorAll("ul.sources a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(app.Sample.LawsuitArticleIds.Select(id => $"/articles/{id}#sentence-0"), sources);
        Assert.Contains("3 articles", lawsuit.QuerySelector("p.source")?.TextContent);
        // Each report dated the lawsuit from a relative expression.
        Assert.StartsWith("≈", lawsuit.QuerySelector(".when")?.TextContent.Trim());
    }

    [Fact]
    public async Task Hedged_events_are_marked()
    {
        await app.WithDbAsync(async db =>
        {
            var bid = await db.Events.SingleAsync(e => e.Type == "bid" && e.ArticleId == app.Sample.ArticleId);
            bid.Hedged = true;
            return await db.SaveChangesAsync();
        });
        try
        {
            var page = await app.CreateClient().GetDocumentAsync("/timeline?type=bid");

            var ours = page.QuerySelectorAll(".timeline > li").Single(li => li.QuerySelector("blockquote a")?.GetAttribute("href") == $"/articles/{app.Sample.ArticleId}#sentence-{SampleData.BidSentence}");
            Assert.Equal("au conditionnel", ours.QuerySelector(".hedged")?.TextContent);
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                (await db.Events.SingleAsync(e => e.Type == "bid" && e.ArticleId == app.Sample.ArticleId)).Hedged = false;
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Several_types_and_a_date_range_narrow_the_list()
    {
        var client = app.CreateClient();

        var both = await client.GetDocumentAsync("/timeline?type=bid&type=lawsuit");
        var tags = both.Texts(".timeline .tag");
        Assert.All(tags, tag => Assert.True(tag is "Offre de rachat" or "Procès", tag));
        Assert.Contains("Offre de rachat", tags);
        Assert.Contains("Procès", tags);
        Assert.Equal(2, both.QuerySelectorAll("#type option[selected]").Length);

        var may = await client.GetDocumentAsync("/timeline?from=2025-05-01&to=2025-05-31");
        Assert.All(may.Texts(".timeline .when"), when => Assert.Contains("mai 2025", when));
        Assert.Contains($"/articles/{app.Sample.LawsuitArticleIds[0]}#sentence-0", may.Hrefs(".timeline blockquote a"));
        Assert.Equal("2025-05-01", may.QuerySelector("#from")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/timeline?from=demain", "début")]
    [InlineData("/timeline?to=2025-13-45", "fin")]
    [InlineData("/timeline?from=2025-06-01&to=2025-01-01", "après")]
    public async Task Invalid_dates_are_explained_not_an_error(string url, string expected)
    {
        var page = await app.CreateClient().GetDocumentAsync(url);

        Assert.Contains(expected, page.QuerySelector(".notice[role=alert]")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".timeline > li"));
    }

    [Fact]
    public async Task Lane_chart_has_a_text_alternative_and_dots_linking_to_sentences()
    {
        var page = await app.CreateClient().GetDocumentAsync("/timeline");

        var svg = page.QuerySelector("svg.lanes");
        Assert.NotNull(svg);
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("Elon Musk", svg.GetAttribute("aria-label"));
        Assert.NotNull(svg.QuerySelector("title"));
        var dots = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.InvestmentSentence}", dots);
        Assert.Contains($"/articles/{app.Sample.LawsuitArticleIds[0]}#sentence-0", dots);
    }

    [Fact]
    public async Task Csv_export_is_an_attachment_with_one_row_per_happening()
    {
        var lines = await app.CreateClient().GetCsvLinesAsync("/timeline?type=lawsuit&format=csv");

        Assert.StartsWith("date,date_approx,type", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("2025-05,oui,lawsuit,\"Elon Musk ; OpenAI\",,,non,3,", StringComparison.Ordinal));
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
