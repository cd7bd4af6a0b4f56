using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    // Case of scheme and host, not of the path (paths are case-sensitive on most servers).
    [InlineData("HTTPS://WWW.LeMonde.fr/Pixels/article.html", "https://www.lemonde.fr/Pixels/article.html")]
    [InlineData("https://www.lemonde.fr./a.html", "https://www.lemonde.fr/a.html")]
    // Default ports dropped, others kept.
    [InlineData("https://site.fr:443/a", "https://site.fr/a")]
    [InlineData("http://site.fr:80/a", "http://site.fr/a")]
    [InlineData("http://site.fr:8080/a", "http://site.fr:8080/a")]
    // Fragments dropped.
    [InlineData("https://www.lemonde.fr/a.html#comments", "https://www.lemonde.fr/a.html")]
    // Tracking parameters, alone and in families.
    [InlineData("https://www.lemonde.fr/a.html?utm_source=x&utm_medium=rss&UTM_Campaign=y", "https://www.lemonde.fr/a.html")]
    [InlineData("https://www.lesechos.fr/a?xtor=RSS-2007", "https://www.lesechos.fr/a")]
    [InlineData("https://www.lefigaro.fr/a?at_medium=Social&at_campaign=Twitter", "https://www.lefigaro.fr/a")]
    [InlineData("https://www.lemonde.fr/a?lmd_medium=al&lmd_campaign=envoye-par-appli&lmd_creation=android", "https://www.lemonde.fr/a")]
    [InlineData("https://site.fr/a?fbclid=IwAR0&gclid=Cj0&msclkid=m1&igshid=i&mc_cid=c&mc_eid=e", "https://site.fr/a")]
    [InlineData("https://site.fr/a?pk_campaign=p&mtm_kwd=k&_ga=2.1&ns_mchannel=n&ref=tw", "https://site.fr/a")]
    // What remains is sorted, values untouched.
    [InlineData("https://site.fr:443/a?b=2&a=1&fbclid=zz", "https://site.fr/a?a=1&b=2")]
    [InlineData("https://site.fr/recherche?q=Mistral%20AI&page=2", "https://site.fr/recherche?page=2&q=Mistral%20AI")]
    // Trailing slash: kept as given; only an empty path becomes "/".
    [InlineData("https://site.fr/economie/", "https://site.fr/economie/")]
    [InlineData("https://site.fr/economie", "https://site.fr/economie")]
    [InlineData("https://SITE.fr", "https://site.fr/")]
    [InlineData("https://site.fr?utm_source=x", "https://site.fr/")]
    // Not a web URL.
    [InlineData("  not a url ", "not a url")]
    public void Canonical_form_drops_case_ports_fragments_and_tracking(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));

    [Theory]
    [InlineData("utm_content", true)]
    [InlineData("xtor", true)]
    [InlineData("at_medium", true)]
    [InlineData("id", false)]
    [InlineData("page", false)]
    [InlineData("article", false)]
    public void Tracking_parameters_are_recognised_by_name_or_family(string name, bool tracking) =>
        Assert.Equal(tracking, UrlCanonicalizer.IsTracking(name));
}
