using AngleSharp.Html.Parser;

namespace AiWatch.Core.Feeds;

/// <summary>
/// Finds the feeds an HTML page announces with <c>&lt;link rel="alternate" type="application/rss+xml"|"application/atom+xml" href&gt;</c>,
/// resolved against the page's URL, in document order. Pure: text in, URLs out.
/// </summary>
public static class FeedDiscovery
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/rdf+xml"];

    public static IReadOnlyList<Uri> Discover(string html, Uri pageUrl)
    {
        if (AiWatch.Core.Extraction.Html.HtmlNesting.IsTooDeep(html))
        {
            // Parsing would take minutes (see HtmlNesting); such a page announces no feed worth reading.
            return [];
        }
        var document = new HtmlParser().ParseDocument(html);
        // A <base href> changes what relative links mean, in feeds' links as anywhere else.
        var baseUri = Uri.TryCreate(pageUrl, document.QuerySelector("base[href]")?.GetAttribute("href") ?? "", out var b) ? b : pageUrl;
        return document.QuerySelectorAll("link[rel][type][href]")
            .Where(link => link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase))
            .Where(link => FeedTypes.Contains(link.GetAttribute("type")!.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(link => Uri.TryCreate(baseUri, link.GetAttribute("href")!.Trim(), out var url) ? url : null)
            .OfType<Uri>()
            .Where(url => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            .Distinct()
            .ToList();
    }
}
