using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://WWW.LeMonde.fr/pixels/article.html", "https://www.lemonde.fr/pixels/article.html")]
    [InlineData("https://www.lemonde.fr/a.html?utm_source=x&utm_medium=rss", "https://www.lemonde.fr/a.html")]
    [InlineData("https://www.lemonde.fr/a.html#comments", "https://www.lemonde.fr/a.html")]
    [InlineData("https://site.fr:443/a?b=2&a=1&fbclid=zz", "https://site.fr/a?a=1&b=2")]
    [InlineData("http://site.fr:8080/a", "http://site.fr:8080/a")]
    [InlineData("not a url", "not a url")]
    public void Canonical_form_drops_case_tracking_and_fragments(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));
}
