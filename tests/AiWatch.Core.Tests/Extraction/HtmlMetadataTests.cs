using AiWatch.Core.Extraction;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Where HTML pages state their author, date, language and address, one source per row.</summary>
public sealed class HtmlMetadataTests
{
    private const string Body = "<p>Le projet de datacenters d’OpenAI donne de plus en plus le tournis, et les investisseurs s’interrogent sur la rentabilité de ces chantiers gigantesques.</p>";

    private static ExtractedArticle Extract(string head, string body = "", string? htmlAttributes = null, string url = "https://exemple.fr/tech/article.html") =>
        HtmlArticleExtractor.Extract($"<html{htmlAttributes}><head>{head}</head><body>{body}<article>{Body}{Body}{Body}</article></body></html>", url);

    [Theory]
    [InlineData("<meta name=\"author\" content=\"Claire Dupont\">", "", "Claire Dupont")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Léa Martin\"}</script>", "", "Léa Martin")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Léa Martin\"}}</script>", "", "Léa Martin")]
    [InlineData("<meta property=\"article:author\" content=\"https://facebook.com/lemonde\">", "", null)]
    [InlineData("", "<a rel=\"author\" href=\"/auteurs/jm\">Jean-Marc Vittori</a>", "Jean-Marc Vittori")]
    [InlineData("", "<p class=\"article-byline\">Par Mathis Ferrut | Journaliste</p>", "Mathis Ferrut")]
    [InlineData("", "<div class=\"signature\">Maurice de Rambuteau</div>", "Maurice de Rambuteau")]
    [InlineData("<meta name=\"author\" content=\"Par Claire Dupont\">", "", "Claire Dupont")]
    [InlineData("<title>Nvidia investit dans OpenAI</title>", "<h1>Nvidia investit dans OpenAI</h1><p>Par <a href=\"/a/cd\">Claire Dupont</a></p>", "Claire Dupont")]
    [InlineData("", "", null)]
    public void Reads_the_author(string head, string body, string? author) => Assert.Equal(author, Extract(head, body).Author);

    [Theory]
    [InlineData("<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-11-23T10:31:00+01:00\"}]</script>", "", "2024-11-23")]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-01-21T23:30:00Z\">", "", "2025-01-21")]
    [InlineData("", "<time datetime=\"2025-03-14T08:00:00+01:00\">14 mars</time>", "2025-03-14")]
    [InlineData("", "<p class=\"date\">Publié le 23 novembre 2024 à 10:31</p>", "2024-11-23")]
    [InlineData("", "<span class=\"article-date\">Mis à jour le 2 octobre 2025</span><span class=\"publi\">Publié le 1er octobre 2025</span>", "2025-10-01")]
    [InlineData("", "<span class=\"meta-date\">28 octobre 2024</span>", "2024-10-28")]
    [InlineData("<title>Nvidia investit dans OpenAI</title>", "<h1>Nvidia investit dans OpenAI</h1><div><span>Le 09/09/2025 à 10:20</span></div>", "2025-09-09")]
    [InlineData("<script type=\"application/ld+json\">{not json</script>", "", null)]
    public void Reads_the_publication_date(string head, string body, string? date) =>
        Assert.Equal(date, Extract(head, body).Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(" lang=\"fr-FR\"", "", "fr")]
    [InlineData(" lang=\"en\"", "", "en")]
    [InlineData("", "<meta property=\"og:locale\" content=\"fr_FR\">", "fr")]
    [InlineData("", "", "fr")]
    public void Reads_or_guesses_the_language(string htmlAttributes, string head, string language) =>
        Assert.Equal(language, Extract(head, htmlAttributes: htmlAttributes).Language);

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://exemple.fr/tech/article.html\">", "https://exemple.fr/tech/article.html")]
    [InlineData("<link rel=\"canonical\" href=\"/tech/article.html\">", "https://exemple.fr/tech/article.html")]
    [InlineData("<meta property=\"og:url\" content=\"https://exemple.fr/og.html\">", "https://exemple.fr/og.html")]
    [InlineData("", "https://exemple.fr/tech/article.html?utm_source=rss")]
    public void Reads_the_canonical_url(string head, string canonical) =>
        Assert.Equal(canonical, Extract(head, url: "https://exemple.fr/tech/article.html?utm_source=rss").CanonicalUrl);

    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"Nvidia investit dans OpenAI\"><title>Autre - Site</title>", "", "Nvidia investit dans OpenAI")]
    [InlineData("<title>Nvidia investit dans OpenAI | Le Quotidien</title>", "", "Nvidia investit dans OpenAI")]
    [InlineData("<title>Le Quotidien</title>", "<h1>Nvidia investit dans OpenAI</h1>", "Nvidia investit dans OpenAI")]
    [InlineData("<meta property=\"og:site_name\" content=\"Le Quotidien\"><meta property=\"og:title\" content=\"Stargate - Le Quotidien\">", "", "Stargate")]
    public void Reads_the_title(string head, string body, string title) => Assert.Equal(title, Extract(head, body).Title);

    [Fact]
    public void The_headline_is_not_repeated_in_the_text()
    {
        var article = Extract("<title>Nvidia investit dans OpenAI</title>", "<h1>Nvidia investit dans OpenAI</h1>");
        Assert.DoesNotContain("Nvidia investit dans OpenAI", article.Text);
    }
}
