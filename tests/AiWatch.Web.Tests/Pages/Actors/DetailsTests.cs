using System.Net;

namespace AiWatch.Web.Tests.Pages.Actors;

public sealed class DetailsTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public DetailsTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Dossier_shows_identity_and_mentions()
    {
        var page = await app.CreateClient().GetDocumentAsync("/actors/elon-musk");

        Assert.Equal("Elon Musk", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Personne", page.QuerySelector(".dossier-head .tag")?.TextContent);
        Assert.Contains($"/articles/{app.Sample.ArticleId}", page.Hrefs("#articles-title ~ ul a"));
    }

    [Fact]
    public async Task Affiliations_link_both_ways()
    {
        var client = app.CreateClient();

        var altman = await client.GetDocumentAsync("/actors/sam-altman");
        var openai = await client.GetDocumentAsync("/actors/openai");

        // seeds/actors.json ties Sam Altman to OpenAI.
        Assert.Contains("/actors/openai", altman.Hrefs(".facts-summary a"));
        Assert.Contains("/actors/sam-altman", openai.Hrefs(".facts-summary a"));
    }

    [Fact]
    public async Task Events_quotes_and_claims_link_to_their_sentences()
    {
        var client = app.CreateClient();
        var prefix = $"/articles/{app.Sample.ArticleId}#sentence-";

        var musk = await client.GetDocumentAsync("/actors/elon-musk");
        Assert.Contains(prefix + SampleData.BidSentence, musk.Hrefs("#events-title ~ ul blockquote a"));
        Assert.Contains("/timeline?actor=elon-musk", musk.Hrefs("#events-title ~ p a"));
        Assert.Contains(prefix + SampleData.ClaimSentence, musk.Hrefs("#claims-by-title ~ ul blockquote a"));

        var altman = await client.GetDocumentAsync("/actors/sam-altman");
        Assert.Contains(prefix + SampleData.QuoteSentence, altman.Hrefs("#quotes-title ~ ul blockquote a"));

        var openai = await client.GetDocumentAsync("/actors/openai");
        Assert.Contains(prefix + SampleData.ClaimSentence, openai.Hrefs("#claims-about-title ~ ul blockquote a"));
        Assert.Contains(prefix + SampleData.InvestmentSentence, openai.Hrefs("#events-title ~ ul blockquote a"));
    }

    [Theory]
    [InlineData("/actors/nobody")]
    [InlineData("/actors/%27%3B%20DROP%20TABLE%20Actors%3B--")]
    public async Task Unknown_actor_is_a_404_page(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page introuvable", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Profile_is_rendered_from_markdown_without_raw_html_or_script_links()
    {
        var page = await app.CreateClient().GetDocumentAsync("/actors/openai");

        var profile = page.QuerySelector(".profile")!;
        Assert.Equal("OpenAI", profile.QuerySelector("strong")?.TextContent);
        Assert.Contains("https://openai.com", profile.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(profile.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(profile.QuerySelectorAll("script"));
        Assert.Contains("<script>", profile.TextContent);
    }

    [Fact]
    public async Task Epithets_are_listed_apart_from_names_and_counted_apart()
    {
        var page = await app.CreateClient().GetDocumentAsync("/actors/elon-musk");

        Assert.Contains("« le patron de Tesla »", page.QuerySelector(".facts-summary .epithets")?.TextContent);
        Assert.DoesNotContain("patron", page.QuerySelector(".facts-summary .aliases")?.TextContent ?? "");
        Assert.Contains("par périphrase", page.QuerySelector(".facts-summary dd")?.TextContent);
    }

    [Fact]
    public async Task Figures_chart_and_network_have_text_alternatives_and_links()
    {
        var page = await app.CreateClient().GetDocumentAsync("/actors/openai");

        Assert.Contains(page.Texts("#figures-title ~ .stats li"), t => t.Contains("en jeu"));
        var volume = page.QuerySelector("svg.volume")!;
        Assert.Contains("Mentions de OpenAI par semaine", volume.GetAttribute("aria-label"));
        Assert.NotEmpty(volume.QuerySelectorAll("rect.bar title"));
        var network = page.QuerySelector("svg.network")!;
        Assert.Equal("img", network.GetAttribute("role"));
        Assert.Contains("Elon Musk", network.QuerySelector("title")?.TextContent);
        Assert.Contains("/actors/elon-musk", network.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/actors/softbank", page.Hrefs(".related a"));
        // Musk and OpenAI share 2 sentences in the main article and 1 in each of the 3 reports of the lawsuit.
        var musk = page.QuerySelectorAll(".related li").Single(li => li.QuerySelector("a")?.GetAttribute("href") == "/actors/elon-musk");
        Assert.True(int.Parse(musk.QuerySelector(".meta")!.TextContent.Split(' ')[0]) >= 5, musk.TextContent);
    }

    [Fact]
    public async Task Disputes_and_grouped_events_appear_on_the_dossier()
    {
        var page = await app.CreateClient().GetDocumentAsync("/actors/elon-musk");

        Assert.Contains($"/disputes/{SampleData.DisputeSlug}", page.Hrefs("#disputes-title ~ ul a"));
        var lawsuit = page.QuerySelectorAll("#events-title ~ ul.facts > li")
            .Single(li => li.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == $"/articles/{app.Sample.LawsuitArticleIds[2]}#sentence-0"));
        Assert.Equal(3, lawsuit.QuerySelectorAll("ul.sources li").Length);
        Assert.NotNull(page.QuerySelector("#events-title ~ figure svg.lanes"));
    }

    [Fact]
    public async Task Events_come_newest_first_with_the_undated_last()
    {
        var page = await app.CreateClient().GetDocumentAsync("/actors/elon-musk?all=events");

        var whens = page.Texts("#events-title ~ ul.facts > li .fact-head .when");
        var firstUndated = whens.ToList().IndexOf("date inconnue");
        Assert.True(firstUndated != 0, string.Join(" | ", whens));
        Assert.All(whens.Skip(firstUndated < 0 ? whens.Count : firstUndated), when => Assert.Equal("date inconnue", when));
        Assert.Equal("≈ mai 2025", whens[0]);
    }

    [Fact]
    public async Task Long_sections_are_capped_with_a_see_all_link()
    {
        using var small = new AiWatchApplication();
        small.Settings["AiWatch:PageSize"] = "1";
        await small.WithDbAsync(SampleData.InsertAsync);
        var client = small.CreateClient();

        var capped = await client.GetDocumentAsync("/actors/openai");
        Assert.Single(capped.QuerySelectorAll("#events-title ~ ul.facts > li"));
        Assert.Equal("/actors/openai?all=events#events-title", capped.QuerySelector("#events-title ~ .see-all a")?.GetAttribute("href"));

        var whole = await client.GetDocumentAsync("/actors/openai?all=events");
        Assert.True(whole.QuerySelectorAll("#events-title ~ ul.facts > li").Length > 1);
    }

    [Fact]
    public async Task Atom_feed_parses_with_entries_linking_to_sentences()
    {
        using var response = await app.CreateClient().GetAsync("/actors/sam-altman/feed.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.NotNull(feed.Root.Element(atom + "updated"));
        var quote = feed.Root.Elements(atom + "entry").Single(e => e.Element(atom + "summary")!.Value == "« Nous avons besoin d’IA utile »");
        Assert.Equal($"http://localhost/articles/{app.Sample.ArticleId}#sentence-{SampleData.QuoteSentence}", quote.Element(atom + "link")!.Attribute("href")!.Value);
    }

    [Theory]
    [InlineData("events", "date,date_approx,type")]
    [InlineData("quotes", "date,citation,article,lien")]
    [InlineData("claims", "date,auteur,cible")]
    public async Task Lists_export_as_csv(string list, string header)
    {
        var lines = await app.CreateClient().GetCsvLinesAsync($"/actors/elon-musk/{list}.csv");

        Assert.StartsWith(header, lines[0]);
        Assert.True(lines.Length > 1);
    }

    [Theory]
    [InlineData("/actors/nobody/feed.atom")]
    [InlineData("/actors/nobody/events.csv")]
    [InlineData("/actors/openai/secrets.csv")]
    public async Task Unknown_downloads_are_404(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
