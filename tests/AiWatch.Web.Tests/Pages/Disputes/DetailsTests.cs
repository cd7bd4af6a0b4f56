using System.Net;

namespace AiWatch.Web.Tests.Pages.Disputes;

public sealed class DetailsTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public DetailsTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Shows_the_two_sides_their_moves_in_order_and_the_amounts_at_stake()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/disputes/{SampleData.DisputeSlug}");

        Assert.Equal(["/actors/elon-musk", "/actors/openai"], page.Hrefs(".side h2 a").Order());
        var main = $"/articles/{app.Sample.ArticleId}#sentence-";
        string[] ours =
        [
            main + SampleData.ClaimSentence, main + SampleData.BidSentence,
            $"/articles/{app.Sample.LawsuitArticleIds[0]}#sentence-0", $"/articles/{app.Sample.LawsuitArticleIds[1]}#sentence-1",
        ];
        // The seed articles add moves of their own to this dispute: the sample's must come in the order they happened.
        var moves = page.QuerySelectorAll(".moves > li").Select(li => li.QuerySelector("blockquote a")?.GetAttribute("href")).Where(ours.Contains).ToList();
        Assert.Equal(ours, moves);
        Assert.Contains("$", page.QuerySelector("#stakes-title ~ ul .amount")?.TextContent);
        var hedged = page.QuerySelectorAll(".moves > li").Single(li => li.TextContent.Contains(SampleData.HedgedClaim));
        Assert.NotNull(hedged.QuerySelector(".hedged"));
    }

    [Fact]
    public async Task Only_events_involving_both_sides_are_moves()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/disputes/{SampleData.DisputeSlug}");

        var events = page.QuerySelectorAll(".moves > li.move-event");
        Assert.NotEmpty(events);
        Assert.All(events, li =>
        {
            var actors = li.QuerySelectorAll(".fact-head a.actor-chip").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("/actors/elon-musk", actors);
            Assert.Contains("/actors/openai", actors);
        });
    }

    [Theory]
    [InlineData("/disputes/nobody-vs-nothing")]
    [InlineData("/disputes/%27%3B%20DROP%20TABLE%20Disputes%3B--")]
    public async Task Unknown_dispute_is_a_404_page(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page introuvable", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Atom_feed_parses_and_links_each_move_to_its_sentence()
    {
        using var response = await app.CreateClient().GetAsync($"/disputes/{SampleData.DisputeSlug}/feed.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.InRange(entries.Count, 4, 50);
        Assert.All(entries, e => Assert.Matches(@"^http://localhost/articles/\d+#sentence-\d+$", e.Element(atom + "link")!.Attribute("href")!.Value));
        Assert.Equal(entries.Count, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());
        var hedged = entries.Single(e => e.Element(atom + "summary")!.Value == SampleData.HedgedClaim);
        Assert.Contains("(au conditionnel)", hedged.Element(atom + "title")!.Value);
    }

    [Fact]
    public async Task Unknown_dispute_feed_is_a_404()
    {
        using var response = await app.CreateClient().GetAsync("/disputes/nobody-vs-nothing/feed.atom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
