using AiWatch.Core.Extraction.Lines;
using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>What a page says about itself in its head and markup, read before any cleaning.</summary>
internal sealed record PageFacts(string? Title, string? Author, DateOnly? Published, string? Language, string? CanonicalUrl);

internal static class HtmlMetadata
{
    public static PageFacts Read(IDocument document, string? url)
    {
        var jsonLd = JsonLd.Read(document);
        var siteName = Meta(document, "og:site_name") ?? Meta(document, "application-name");
        return new PageFacts(
            TitleOf(document, jsonLd, siteName),
            AuthorOf(document, jsonLd),
            PublishedOf(document, jsonLd),
            LanguageOf(document),
            CanonicalOf(document, url));
    }

    private static string? TitleOf(IDocument document, JsonLdArticle? jsonLd, string? siteName)
    {
        var candidates = new[]
        {
            Meta(document, "og:title"), Meta(document, "twitter:title"), jsonLd?.Headline,
            FirstHeading(document), document.Title,
        };
        return candidates.Select(c => TitleCleaner.Clean(c, siteName)).FirstOrDefault(c => c is not null);
    }

    // The page's h1, when it has exactly one; several h1 are usually logo and section titles.
    private static string? FirstHeading(IDocument document)
    {
        var headings = document.QuerySelectorAll("h1");
        return headings.Length == 1 ? headings[0].TextContent : null;
    }

    private static string? AuthorOf(IDocument document, JsonLdArticle? jsonLd)
    {
        var fromMarkup = new[]
        {
            Meta(document, "author"), jsonLd?.Author, Meta(document, "article:author"), Meta(document, "dc.creator"),
            Meta(document, "parsely-author"), Meta(document, "sailthru.author"),
            document.QuerySelector("[rel~='author']")?.TextContent,
            document.QuerySelector("[itemprop~='author'] [itemprop~='name']")?.TextContent,
            document.QuerySelector("[itemprop~='author']")?.TextContent,
        };
        var author = fromMarkup.Select(CleanAuthor).FirstOrDefault(a => a is not null);
        if (author is not null)
        {
            return author;
        }
        // A visible byline: "Par Mathis Ferrut", in an element whose class says byline or author.
        foreach (var element in document.QuerySelectorAll("[class*='byline'], [class*='author'], [class*='signature'], address"))
        {
            var text = BoilerplateLines.Normalize(element.TextContent);
            if (text.Length is > 0 and < 140 && (Bylines.ParseByline(text) ?? (Bylines.IsNameLine(text) ? text : null)) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    private static string? CleanAuthor(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = BoilerplateLines.Normalize(value);
        if (text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.Length > 100)
        {
            return null;
        }
        return Bylines.ParseByline(text) ?? text;
    }

    private static DateOnly? PublishedOf(IDocument document, JsonLdArticle? jsonLd)
    {
        var fromMarkup = new[]
        {
            jsonLd?.DatePublished, Meta(document, "article:published_time"), Meta(document, "og:article:published_time"),
            Meta(document, "datePublished"), Meta(document, "date"), Meta(document, "pubdate"), Meta(document, "publishdate"),
            Meta(document, "dc.date.issued"), Meta(document, "dc.date"), Meta(document, "dcterms.created"),
            Meta(document, "sailthru.date"), Meta(document, "parsely-pub-date"),
            document.QuerySelector("[itemprop~='datePublished']")?.GetAttribute("content"),
            document.QuerySelector("[itemprop~='datePublished']")?.GetAttribute("datetime"),
            document.QuerySelector("time[pubdate]")?.GetAttribute("datetime"),
        };
        var published = fromMarkup.Select(DateText.ParseMetadata).FirstOrDefault(d => d is not null);
        if (published is not null)
        {
            return published;
        }
        // Visible French bylines: "Publié le 23 novembre 2024 à 10:31".
        foreach (var element in document.QuerySelectorAll("time, [class*='date'], [class*='publi'], [class*='byline'], [class*='meta']"))
        {
            var text = BoilerplateLines.Normalize(element.TextContent);
            if (text.Length < 160 && DateText.ParseDateLine(text) is { Updated: false } line)
            {
                return line.Date;
            }
        }
        return DateText.ParseMetadata(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    private static string? LanguageOf(IDocument document)
    {
        var declared = document.DocumentElement.GetAttribute("lang")
            ?? document.DocumentElement.GetAttribute("xml:lang")
            ?? Meta(document, "og:locale")
            ?? document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }
        var code = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is >= 2 and <= 3 ? code : null;
    }

    private static string? CanonicalOf(IDocument document, string? url)
    {
        var href = document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href") ?? Meta(document, "og:url");
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href.Trim(), out var resolved)
            ? resolved.AbsoluteUri
            : null;
    }

    /// <summary>The content of &lt;meta property=name&gt; or &lt;meta name=name&gt;, case-insensitive.</summary>
    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.Head?.GetElementsByTagName("meta") ?? document.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return content.Trim();
                }
            }
        }
        return null;
    }
}
