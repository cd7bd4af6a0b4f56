using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;
using AngleSharp.Html.Parser;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Per-site overrides: the sources file, domain lookup, and extraction with a rule.</summary>
public sealed class SiteRulesTests
{
    private const string Json = """
        {"sources": [
          {"domain": "www.exemple.fr", "content": "div.corps", "remove": [".pub"]},
          {"domain": "autre.fr", "name": "Sans règle"}
        ]}
        """;

    [Theory]
    [InlineData("https://www.exemple.fr/a.html", "exemple.fr")]
    [InlineData("https://exemple.fr/a.html", "exemple.fr")]
    [InlineData("https://tech.exemple.fr/a.html", "exemple.fr")]
    [InlineData("https://autre.fr/a.html", null)]
    [InlineData("https://exemple.fr.evil.com/a.html", null)]
    [InlineData("file:///tmp/exemple.fr/a.html", null)]
    [InlineData(null, null)]
    public void Finds_the_rule_of_a_domain_or_parent_domain(string? url, string? domain) =>
        Assert.Equal(domain, SiteRules.Parse(Json).For(url)?.Domain);

    [Fact]
    public void A_source_without_domain_is_an_error() =>
        Assert.Throws<InvalidDataException>(() => SiteRules.Parse("""{"sources": [{"content": "article"}]}"""));

    [Fact]
    public void The_rule_names_the_body_and_its_furniture()
    {
        const string html = """
            <html><body>
            <div class="corps"><p>Premier paragraphe du corps de l'article.</p><p class="pub">Publicité maison</p><p>Second paragraphe.</p></div>
            <div class="ailleurs"><p>Un très long texte qui ne fait pas partie de l'article, mais que le score générique pourrait préférer, car il est long, long, long, avec des virgules, beaucoup de virgules, encore des virgules.</p></div>
            </body></html>
            """;
        var rule = SiteRules.Parse(Json).For("https://www.exemple.fr/a.html");

        var article = HtmlArticleExtractor.Extract(html, "https://www.exemple.fr/a.html", rule);

        Assert.Equal("Premier paragraphe du corps de l'article.\nSecond paragraphe.", article.Text);
    }

    [Fact]
    public void Content_extractor_applies_the_rule_of_the_document_domain()
    {
        const string html = "<html><body><div class=\"corps\"><p>Le corps.</p></div><p>Hors du corps, un paragraphe nettement plus long que le corps lui-même, avec des virgules, et encore des virgules.</p></body></html>";
        var rules = SiteRules.Parse(Json);

        Assert.Equal("Le corps.", ContentExtractor.Extract(new RawDocument("a", "https://exemple.fr/a.html", "text/html", html), rules).Text);
        Assert.Contains("Hors du corps", ContentExtractor.Extract(new RawDocument("a", "https://autre.fr/a.html", "text/html", html), rules).Text);
    }

    [Fact]
    public void Seed_sources_are_sorted_with_valid_selectors()
    {
        var seeds = SeedPaths.FindSeedsFolder();
        Assert.NotNull(seeds);
        var rules = SiteRules.Load(Path.Combine(seeds, "sources.json"));
        var domains = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds, "sources.json")))
            .RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("domain").GetString()!).ToList();
        Assert.Equal(domains.Order(StringComparer.Ordinal), domains);
        var page = new HtmlParser().ParseDocument("<html><body></body></html>");
        foreach (var rule in rules.All)
        {
            // An invalid selector throws here rather than on a live page.
            page.QuerySelectorAll(rule.Content ?? "*");
            Assert.All(rule.Remove, selector => page.QuerySelectorAll(selector));
        }
    }
}
