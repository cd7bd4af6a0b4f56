using AiWatch.Core.Extraction;
using AiWatch.Core.Extraction.Html;
using AiWatch.Core.Feeds;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Hostile;

/// <summary>
/// A page nested 100,000 elements deep: refused before parsing (the parser alone would spend minutes on it, and a
/// recursive walk over such a tree would overflow the stack, which kills the process). A deep but reasonable
/// page is still read.
/// </summary>
public sealed class DeepNestingTests
{
    private const string Paragraph = "<p>Nvidia a annoncé mardi le rachat d'une start-up française spécialisée dans l'inférence, selon un communiqué.</p>";

    private static string Nested(string tag, int depth) =>
        "<html><body><h1>Nvidia rachète une start-up</h1>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + Paragraph + "</body></html>";

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void The_extractor_refuses_a_page_nested_100000_deep(string tag)
    {
        var error = Assert.Throws<InvalidDataException>(() => HtmlArticleExtractor.Extract(Nested(tag, 100_000), "https://exemple.fr/a"));

        Assert.Equal("page nested more than 5000 elements deep, refused", error.Message);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("section")]
    public void A_page_nested_just_under_the_limit_is_read(string tag)
    {
        var article = HtmlArticleExtractor.Extract(Nested(tag, HtmlNesting.MaxDepth - 10), "https://exemple.fr/a");

        Assert.Contains("start-up française", article.Text);
    }

    [Fact]
    public async Task A_file_nested_100000_deep_fails_alone_in_its_batch()
    {
        await using var database = await TempDatabase.CreateWithActorsAsync();
        var deep = Path.Combine(database.Folder, "profonde.html");
        await File.WriteAllTextAsync(deep, Nested("div", 100_000));
        var good = Path.Combine(database.Folder, "bonne.html");
        await File.WriteAllTextAsync(good, Nested("div", 3));

        var results = await HostileIngestion.IngestAsync(database, [deep, good]);

        Assert.Equal((IngestStatus.Failed, "page nested more than 5000 elements deep, refused"), (results[0].Status, results[0].Error));
        Assert.Equal(IngestStatus.Ingested, results[1].Status);
        await DatabaseHealth.AssertIntactAsync(database.ConnectionString);
    }

    [Fact]
    public void Feed_discovery_finds_nothing_in_a_page_nested_100000_deep()
    {
        var html = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head>" + Nested("div", 100_000)[6..];

        Assert.Empty(FeedDiscovery.Discover(html, new Uri("https://exemple.fr/")));
    }

    [Theory]
    [InlineData("<div><div><div></div></div></div>", 3)]
    [InlineData("<div></div><div></div>", 1)]
    [InlineData("<p>un<p>deux<p>trois<li>quatre<li>cinq", 0)]
    [InlineData("<div><br><img src=x><hr><input></div>", 1)]
    [InlineData("<div/><div/><div/>", 0)]
    [InlineData("<!-- <div><div><div> --><div></div>", 1)]
    [InlineData("<script>var s = '<div><div><div>';</script><div></div>", 1)]
    [InlineData("<style>a<b{}</style><span></span>", 1)]
    [InlineData("a < b et 3<4 <3", 0)]
    [InlineData("</div></div><div>", 1)]
    [InlineData("<div><span", 1)]
    public void Depth_is_estimated_from_the_markup(string html, int depth)
    {
        Assert.Equal(depth, HtmlNesting.EstimateDepth(html));
    }
}
