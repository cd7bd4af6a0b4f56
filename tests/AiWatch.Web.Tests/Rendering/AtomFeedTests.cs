using System.Xml.Linq;
using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Markup_is_escaped_and_control_characters_dropped()
    {
        var xml = AtomFeed.Write("https://aiwatch.example", "/actors/x/feed.atom", "X & <Y>",
            [new AtomEntry("urn:aiwatch:quote:1", "<b>titre</b>\u0001", new DateOnly(2025, 3, 4), "/articles/1#sentence-2", "« ]]> & \u0007 »")]);

        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal("X & <Y>", feed.Element(Atom + "title")!.Value);
        var entry = feed.Element(Atom + "entry")!;
        Assert.Equal("<b>titre</b>", entry.Element(Atom + "title")!.Value);
        Assert.Equal("« ]]> &  »", entry.Element(Atom + "summary")!.Value);
        Assert.Equal("https://aiwatch.example/articles/1#sentence-2", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2025-03-04T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("https://aiwatch.example/actors/x/feed.atom", feed.Element(Atom + "id")!.Value);
    }

    [Fact]
    public void An_empty_feed_is_still_valid_atom()
    {
        var feed = XDocument.Parse(AtomFeed.Write("http://localhost", "/f.atom", "Vide", [])).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotNull(feed.Element(Atom + "updated"));
        Assert.Equal("AiWatch", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Empty(feed.Elements(Atom + "entry"));
    }
}
