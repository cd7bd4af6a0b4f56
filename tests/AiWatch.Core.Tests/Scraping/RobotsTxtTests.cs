using AiWatch.Core.Scraping;

namespace AiWatch.Core.Tests.Scraping;

public sealed class RobotsTxtTests
{
    private const string Site = """
        # Les robots généraux
        User-agent: *
        Disallow: /recherche
        Disallow: /*.pdf$
        Allow: /recherche/aide

        User-agent: Googlebot
        User-agent: AiWatch/2.0
        Disallow: /abonnes/
        Allow: /abonnes/gratuit
        Disallow: /*?partage=
        Disallow: /caf%c3%a9/
        Sitemap: https://exemple.fr/sitemap.xml
        """;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/economie/ia", true)]
    [InlineData("/abonnes/", false)]
    [InlineData("/abonnes/article-123", false)]
    [InlineData("/abonnes/gratuit/article", true)]
    [InlineData("/economie?partage=twitter", false)]
    [InlineData("/economie?page=2", true)]
    [InlineData("/café/menu", false)]
    [InlineData("/caf%C3%A9/menu", false)]
    [InlineData("/recherche", true)]
    [InlineData("/rapport.pdf", true)]
    [InlineData("/robots.txt", true)]
    public void Our_own_group_replaces_the_star_group(string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsTxt.Parse(Site, "AiWatch").IsAllowed(path));
    }

    [Theory]
    [InlineData("/recherche", false)]
    [InlineData("/recherche?q=openai", false)]
    [InlineData("/recherche/aide", true)]
    [InlineData("/rapport.pdf", false)]
    [InlineData("/rapport.pdf?v=2", true)]
    [InlineData("/abonnes/article-123", true)]
    public void Another_crawler_gets_the_star_group(string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsTxt.Parse(Site, "OtherBot").IsAllowed(path));
    }

    [Theory]
    // The longest pattern decides; an equal-length Allow wins over Disallow.
    [InlineData("User-agent: *\nDisallow: /a\nAllow: /a", "/a/b", true)]
    [InlineData("User-agent: *\nAllow: /a\nDisallow: /a/b", "/a/b/c", false)]
    [InlineData("User-agent: *\nDisallow: /a/b\nAllow: /a/*", "/a/b", true)]
    // Empty Disallow allows everything; "Disallow: /" forbids everything.
    [InlineData("User-agent: *\nDisallow:", "/tout", true)]
    [InlineData("User-agent: *\nDisallow: /", "/tout", false)]
    // Keys and our name are matched without case; paths with case.
    [InlineData("USER-AGENT: aiwatch\nDISALLOW: /Prive", "/Prive/x", false)]
    [InlineData("User-agent: AiWatch\nDisallow: /Prive", "/prive/x", true)]
    // "*" in the middle, and "$" anchoring the end.
    [InlineData("User-agent: *\nDisallow: /*/brouillon", "/2026/brouillon/x", false)]
    [InlineData("User-agent: *\nDisallow: /fin$", "/fin", false)]
    [InlineData("User-agent: *\nDisallow: /fin$", "/fin/suite", true)]
    // Rules before any user-agent line, comments and unknown keys are ignored.
    [InlineData("Disallow: /\nUser-agent: *\nCrawl-delay: 10\nDisallow: /x # commentaire", "/y", true)]
    // A group naming another crawler only does not apply to us.
    [InlineData("User-agent: Googlebot\nDisallow: /", "/page", true)]
    // Two groups naming us are merged.
    [InlineData("User-agent: AiWatch\nDisallow: /a\n\nUser-agent: AiWatch\nDisallow: /b", "/b/1", false)]
    // Windows line endings.
    [InlineData("User-agent: *\r\nDisallow: /x\r\n", "/x/1", false)]
    // Regex characters in a path are literal.
    [InlineData("User-agent: *\nDisallow: /a+b(c)", "/a+b(c)/d", false)]
    [InlineData("User-agent: *\nDisallow: /a+b(c)", "/aab(c)/d", true)]
    public void Rules(string robots, string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsTxt.Parse(robots, "AiWatch").IsAllowed(path));
    }

    [Fact]
    public void An_empty_file_allows_everything()
    {
        Assert.True(RobotsTxt.Parse("", "AiWatch").IsAllowed("/tout"));
    }

    [Fact]
    public void Unavailable_rules_disallow_everything_and_say_why()
    {
        var rules = RobotsRules.Unavailable("HTTP 503 Service Unavailable");

        Assert.False(rules.IsAllowed("/page"));
        Assert.Equal("HTTP 503 Service Unavailable", rules.UnavailableReason);
    }
}
