using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace AiWatch.Web.Rendering;

/// <summary>One entry of an Atom feed: a fact, linking to its sentence.</summary>
public sealed record AtomEntry(string Id, string Title, DateOnly? Updated, string Link, string Summary);

/// <summary>Writes Atom 1.0 (RFC 4287) feeds. Text goes through XElement, so markup in article text is escaped.</summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="baseUrl">Scheme and host ("https://aiwatch.example"): Atom links must be absolute.</param>
    public static string Write(string baseUrl, string path, string title, IReadOnlyList<AtomEntry> entries)
    {
        // A feed needs an updated date; with no entries the epoch says "nothing yet" without reading the clock.
        var updated = entries.Select(e => e.Updated).Max() ?? DateOnly.FromDateTime(DateTime.UnixEpoch);
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"{baseUrl}{path}"),
            new XElement(Atom + "title", Clean(title)),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "AiWatch")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", $"{baseUrl}{path}")),
            entries.Select(entry => new XElement(Atom + "entry",
                new XElement(Atom + "id", entry.Id),
                new XElement(Atom + "title", Clean(entry.Title)),
                new XElement(Atom + "updated", Timestamp(entry.Updated ?? updated)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{baseUrl}{entry.Link}")),
                new XElement(Atom + "summary", Clean(entry.Summary)))));
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            new XDocument(feed).Save(writer);
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text;
    }

    public static IResult Result(string xml) => Results.Text(xml, ContentType, Encoding.UTF8);

    private static string Timestamp(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Control characters from a scraped page are not allowed in XML at all, even escaped: they are dropped.</summary>
    private static string Clean(string text) => string.Concat(text.Where(XmlConvert.IsXmlChar));
}
