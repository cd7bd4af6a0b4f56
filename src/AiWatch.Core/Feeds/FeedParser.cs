using System.Xml;
using System.Xml.Linq;

namespace AiWatch.Core.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0. Pure: bytes or text in, <see cref="ParsedFeed"/> out. Relative links
/// are resolved against xml:base, then the feed's own URL. Any DTD is refused, so no entity can reach a file or
/// the network (XXE) or expand without end.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Parses a fetched body; the encoding comes from its byte order mark or XML declaration.</summary>
    public static ParsedFeed Parse(byte[] body, Uri feedUrl)
    {
        using var stream = new MemoryStream(body, writable: false);
        return Parse(XmlReader.Create(stream, Settings), feedUrl);
    }

    public static ParsedFeed Parse(string xml, Uri feedUrl) => Parse(XmlReader.Create(new StringReader(xml), Settings), feedUrl);

    private static ParsedFeed Parse(XmlReader reader, Uri feedUrl)
    {
        XDocument document;
        using (reader)
        {
            document = Load(reader);
        }
        var root = document.Root!;
        if (root.Name == Atom + "feed")
        {
            return ReadAtom(root, feedUrl);
        }
        if (root.Name.LocalName == "rss")
        {
            // RSS 2.0 has no namespace, but a few feeds put one on every element (Userland's rss2 namespace).
            var ns = root.Name.Namespace;
            return ReadRss2(root.Element(ns + "channel") ?? throw new FeedException("RSS feed without a <channel> element"), ns, feedUrl);
        }
        if (root.Name == Rdf + "RDF")
        {
            return ReadRss1(root, feedUrl);
        }
        throw new FeedException($"not an RSS or Atom feed (root element <{root.Name.LocalName}>)");
    }

    private static XDocument Load(XmlReader reader)
    {
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new FeedException($"refused: the document declares a DTD{Where(e)}; feeds with DOCTYPE or entity declarations are not read", e);
        }
        catch (XmlException e)
        {
            throw new FeedException($"malformed XML{Where(e)}: {FirstSentence(e.Message)}", e);
        }
    }

    /// <summary>" at line 6, position 41"; nothing when the parser gives no position (a refused DTD, an empty body).</summary>
    private static string Where(XmlException e) => e.LineNumber > 0 ? $" at line {e.LineNumber}, position {e.LinePosition}" : "";

    private static ParsedFeed ReadRss2(XElement channel, XNamespace ns, Uri feedUrl)
    {
        var items = channel.Elements(ns + "item").Select(item => Item(
            BaseOf(item, feedUrl),
            Text(item.Element(ns + "link")) ?? PermalinkGuid(item.Element(ns + "guid")),
            Text(item.Element(ns + "title")),
            Text(item.Element(ns + "pubDate")) ?? Text(item.Element(DublinCore + "date")),
            Text(item.Element(ns + "description")) ?? Text(item.Element(Content + "encoded"))));
        return Feed(Text(channel.Element(ns + "title")), Resolve(BaseOf(channel, feedUrl), Text(channel.Element(ns + "link"))), items);
    }

    private static ParsedFeed ReadRss1(XElement root, Uri feedUrl)
    {
        var channel = root.Element(Rss1 + "channel");
        var items = root.Elements(Rss1 + "item").Select(item => Item(
            BaseOf(item, feedUrl),
            Text(item.Element(Rss1 + "link")) ?? item.Attribute(Rdf + "about")?.Value,
            Text(item.Element(Rss1 + "title")),
            Text(item.Element(DublinCore + "date")),
            Text(item.Element(Rss1 + "description"))));
        return Feed(Text(channel?.Element(Rss1 + "title")), Resolve(BaseOf(root, feedUrl), Text(channel?.Element(Rss1 + "link"))), items);
    }

    private static ParsedFeed ReadAtom(XElement feed, Uri feedUrl)
    {
        var items = feed.Elements(Atom + "entry").Select(entry => Item(
            BaseOf(entry, feedUrl),
            AlternateHref(entry),
            Text(entry.Element(Atom + "title")),
            Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated")),
            Text(entry.Element(Atom + "summary")) ?? Text(entry.Element(Atom + "content"))));
        return Feed(Text(feed.Element(Atom + "title")), Resolve(BaseOf(feed, feedUrl), AlternateHref(feed)), items);
    }

    private static ParsedFeed Feed(string? title, string? siteUrl, IEnumerable<ParsedFeedItem?> items) =>
        new(title, siteUrl, items.OfType<ParsedFeedItem>().DistinctBy(i => i.Url).ToList());

    /// <summary>An item worth fetching, or null when it has no usable http(s) link.</summary>
    private static ParsedFeedItem? Item(Uri baseUri, string? link, string? title, string? date, string? summary)
    {
        var url = Resolve(baseUri, link);
        return url is null ? null : new ParsedFeedItem(url, title, FeedDates.Parse(date), summary);
    }

    /// <summary>Atom's link to the page: rel="alternate", which is also what a link without rel means.</summary>
    private static string? AlternateHref(XElement element) => element.Elements(Atom + "link")
        .FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate")?.Attribute("href")?.Value.Trim();

    /// <summary>An RSS guid is the page's URL unless it says isPermaLink="false".</summary>
    private static string? PermalinkGuid(XElement? guid) => guid?.Attribute("isPermaLink")?.Value == "false" ? null : Text(guid);

    /// <summary>The base URI in force at <paramref name="element"/>: its xml:base and its ancestors', over the feed's URL.</summary>
    private static Uri BaseOf(XElement element, Uri feedUrl)
    {
        var current = feedUrl;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            var xmlBase = ancestor.Attribute(XNamespace.Xml + "base")?.Value.Trim();
            if (!string.IsNullOrEmpty(xmlBase) && Uri.TryCreate(current, xmlBase, out var next))
            {
                current = next;
            }
        }
        return current;
    }

    private static string? Resolve(Uri baseUri, string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(baseUri, link.Trim(), out var url))
        {
            return null;
        }
        return url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps ? url.AbsoluteUri : null;
    }

    private static string? Text(XElement? element)
    {
        var text = element?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }
}
