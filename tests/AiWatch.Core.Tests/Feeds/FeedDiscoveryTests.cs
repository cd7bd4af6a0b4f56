using AiWatch.Core.Feeds;

namespace AiWatch.Core.Tests.Feeds;

public sealed class FeedDiscoveryTests
{
    [Fact]
    public void Rss_and_atom_alternates_are_found_resolved_and_deduplicated_in_page_order()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Feeds", "testdata", "page-with-feeds.html"));

        var feeds = FeedDiscovery.Discover(html, new Uri("https://www.lemonde.fr/pixels/"));

        Assert.Equal(["https://www.lemonde.fr/pixels/rss_full.xml", "https://flux.lemonde.fr/pixels.atom"], feeds.Select(f => f.AbsoluteUri));
    }

    [Theory]
    [InlineData("<head><base href=\"https://cdn.exemple.fr/site/\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"flux.xml\"></head>", "https://cdn.exemple.fr/site/flux.xml")]
    [InlineData("<head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"../flux.xml\"></head>", "https://www.exemple.fr/flux.xml")]
    [InlineData("<head><link rel=\"alternate\" type=\"text/html\" href=\"/en/\"><link rel=\"stylesheet\" type=\"application/rss+xml\" href=\"/x\"></head>", null)]
    public void Links_resolve_against_the_page_or_its_base(string html, string? expected)
    {
        var feeds = FeedDiscovery.Discover(html, new Uri("https://www.exemple.fr/rubrique/page.html"));

        Assert.Equal(expected is null ? [] : [expected], feeds.Select(f => f.AbsoluteUri));
    }
}
