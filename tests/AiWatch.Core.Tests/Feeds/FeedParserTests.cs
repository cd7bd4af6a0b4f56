using System.Text.Encodings.Web;
using System.Text.Json;
using AiWatch.Core.Feeds;
using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "Feeds", "testdata", name);

    /// <summary>Each feed file parses to its .expected.json (set AIWATCH_UPDATE_GOLDEN=1 to rewrite them after a deliberate change).</summary>
    [Theory]
    [InlineData("lemonde-rss2.xml", "https://www.lemonde.fr/pixels/rss_full.xml")]
    [InlineData("carnet-rdf.xml", "https://blog.exemple.fr/ia/rss")]
    [InlineData("usine-atom.xml", "https://www.usine-exemple.fr/flux/ia.atom")]
    public void Feeds_parse_to_their_golden_file(string file, string feedUrl)
    {
        var parsed = FeedParser.Parse(File.ReadAllBytes(TestData(file)), new Uri(feedUrl));

        var actual = JsonSerializer.Serialize(parsed, Json).ReplaceLineEndings("\n") + "\n";
        var expectedPath = TestData(Path.ChangeExtension(file, ".expected.json"));
        if (Environment.GetEnvironmentVariable("AIWATCH_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(RepositoryFiles.Root, "tests", "AiWatch.Core.Tests", "Feeds", "testdata", Path.GetFileName(expectedPath));
            File.WriteAllText(source, actual);
        }
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void A_string_parses_like_bytes_and_relative_rss_links_resolve_against_the_feed_url()
    {
        const string Xml = "<rss version=\"2.0\"><channel><title>T</title><item><link>/a/b.html</link></item></channel></rss>";

        var parsed = FeedParser.Parse(Xml, new Uri("https://www.exemple.fr/flux/rss.xml"));

        Assert.Equal("https://www.exemple.fr/a/b.html", Assert.Single(parsed.Items).Url);
    }

    [Fact]
    public void An_rss_feed_with_a_namespace_on_every_element_is_read()
    {
        const string Xml = "<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\"><channel><title>T</title><item><title>Un</title><guid>https://www.exemple.fr/un</guid></item></channel></rss>";

        var item = Assert.Single(FeedParser.Parse(Xml, new Uri("https://www.exemple.fr/rss")).Items);

        Assert.Equal(("https://www.exemple.fr/un", "Un"), (item.Url, item.Title));
    }

    [Fact]
    public void Malformed_xml_is_a_feed_error_naming_the_line()
    {
        var error = Assert.Throws<FeedException>(() => FeedParser.Parse(File.ReadAllBytes(TestData("malformed.xml")), new Uri("https://www.exemple.fr/rss")));

        Assert.StartsWith("malformed XML at line 6, position", error.Message);
    }

    [Fact]
    public void A_doctype_with_an_external_entity_is_refused_without_being_read()
    {
        var error = Assert.Throws<FeedException>(() => FeedParser.Parse(File.ReadAllBytes(TestData("xxe.xml")), new Uri("https://www.exemple.fr/rss")));

        Assert.True(error.Message.StartsWith("refused: the document declares a DTD;", StringComparison.Ordinal), error.Message);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Theory]
    [InlineData("<html><body>Pas un flux</body></html>", "not an RSS or Atom feed (root element <html>)")]
    [InlineData("<rss version=\"2.0\"></rss>", "RSS feed without a <channel> element")]
    [InlineData("", "malformed XML: Root element is missing")]
    public void Documents_that_are_not_feeds_are_named(string xml, string message)
    {
        var error = Assert.Throws<FeedException>(() => FeedParser.Parse(xml, new Uri("https://www.exemple.fr/rss")));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("Thu, 12 Nov 2026 08:30:00 +0100", "2026-11-12T07:30:00Z")]
    [InlineData("Thu, 12 Nov 2026 08:30:00 GMT", "2026-11-12T08:30:00Z")]
    [InlineData("12 Nov 2026 08:30 CET", "2026-11-12T07:30:00Z")]
    [InlineData("Sun, 12 Jul 2026 08:30:00 CEST", "2026-07-12T06:30:00Z")]
    [InlineData("Thu, 12 Nov 2026 8:30:00 GMT+1", "2026-11-12T07:30:00Z")]
    [InlineData("Thu, 12 Nov 2026 08:30:00 GMT+01:00", "2026-11-12T07:30:00Z")]
    [InlineData("Thu, 12 Nov 26 08:30:00 EST", "2026-11-12T13:30:00Z")]
    [InlineData("Thursday, 12 November 2026 08:30:00 Z", "2026-11-12T08:30:00Z")]
    [InlineData("2026-11-12T08:30:00+01:00", "2026-11-12T07:30:00Z")]
    [InlineData("2026-11-12T08:30:00.123Z", "2026-11-12T08:30:00.123Z")]
    [InlineData("2026-11-12", "2026-11-12T00:00:00Z")]
    public void Rfc822_and_rfc3339_dates_are_read_as_utc(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hier soir")]
    [InlineData("Thu, 31 Feb 2026 08:30:00 GMT")]
    [InlineData("Thu, 12 Nov 2026 08:30:00 XYZ")]
    [InlineData("Thu, 12 Nov 2026 08:30:00 +2500")]
    public void Unreadable_dates_are_null(string text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
