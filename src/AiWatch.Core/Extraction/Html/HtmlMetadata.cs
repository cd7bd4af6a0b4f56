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
        var meta = MetaTags(document);
        var siteName = Meta(meta, "og:site_name") ?? Meta(meta, "application-name");
        return new PageFacts(
            TitleOf(document, meta, jsonLd, siteName),
            AuthorOf(document, meta, jsonLd),
            PublishedOf(document, meta, jsonLd),
            LanguageOf(document, meta),
            CanonicalOf(document, meta, url));
    }

    private static string? TitleOf(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd, string? siteName)
    {
        var candidates = new Func<string?>[]
        {
            () => Meta(meta, "og:title"), () => Meta(meta, "twitter:title"), () => jsonLd?.Headline,
            () => FirstHeading(document), () => document.Title,
        };
        return candidates.Select(c => TitleCleaner.Clean(c(), siteName)).FirstOrDefault(c => c is not null);
    }

    // The page's h1, when it has exactly one; several h1 are usually logo and section titles.
    private static string? FirstHeading(IDocument document)
    {
        var headings = document.QuerySelectorAll("h1");
        return headings.Length == 1 ? headings[0].TextContent : null;
    }

    private static string? AuthorOf(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        var fromMarkup = new Func<string?>[]
        {
            () => Meta(meta, "author"), () => jsonLd?.Author, () => Meta(meta, "article:author"), () => Meta(meta, "dc.creator"),
            () => Meta(meta, "parsely-author"), () => Meta(meta, "sailthru.author"),
            () => document.QuerySelector("[rel~='author']")?.TextContent,
            () => document.QuerySelector("[itemprop~='author'] [itemprop~='name']")?.TextContent,
            () => document.QuerySelector("[itemprop~='author']")?.TextContent,
        };
        var author = fromMarkup.Select(f => CleanAuthor(f())).FirstOrDefault(a => a is not null);
        if (author is not null)
        {
            return author;
        }
        // A visible byline: "Par Mathis Ferrut", in an element whose class says byline or author.
        foreach (var element in document.QuerySelectorAll("[class*='byline'], [class*='author'], [class*='signature'], address"))
        {
            var text = ShortText(element, 140);
            if (text is not null && (Bylines.ParseByline(text) ?? (Bylines.IsNameLine(text) ? text : null)) is { } name)
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
        var text = BoilerplateLines.SingleSpaced(value);
        if (text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.Length > 100)
        {
            return null;
        }
        if (Bylines.ParseByline(text) is { } name)
        {
            return name;
        }
        // "By TOM KRISHER, AP Auto Writer", "Amy Kuperinsky | NJ Advance Media": the name without prefix and role.
        var prefix = ExtractionLexicon.BylinePrefixes.FirstOrDefault(p => DateText.StartsWithWord(text, p));
        if (prefix is not null)
        {
            text = text[prefix.Length..].TrimStart(' ', ':');
            text = text.Split(',')[0];
        }
        text = text.Split(" | ")[0].Split(" - ")[0].Trim();
        return text.Length == 0 ? null : text;
    }

    private static DateOnly? PublishedOf(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        var fromMeta = new[]
        {
            jsonLd?.DatePublished, Meta(meta, "article:published_time"), Meta(meta, "og:article:published_time"),
            Meta(meta, "datePublished"), Meta(meta, "date"), Meta(meta, "pubdate"), Meta(meta, "publishdate"),
            Meta(meta, "dc.date.issued"), Meta(meta, "dc.date"), Meta(meta, "dcterms.created"),
            Meta(meta, "sailthru.date"), Meta(meta, "parsely-pub-date"),
        };
        var published = fromMeta.Select(DateText.ParseMetadata).FirstOrDefault(d => d is not null)
            ?? DateText.ParseMetadata(document.QuerySelector("[itemprop~='datePublished'][datetime], time[pubdate]")?.GetAttribute("datetime"));
        if (published is not null)
        {
            return published;
        }
        // Visible French bylines: "Publié le 23 novembre 2024 à 10:31".
        foreach (var element in document.QuerySelectorAll("time, [class*='date'], [class*='publi'], [class*='byline'], [class*='meta']"))
        {
            var text = ShortText(element, 160);
            if (text is null)
            {
                continue;
            }
            if (DateText.ParseDateLine(text) is { } line)
            {
                if (!line.Updated)
                {
                    return line.Date;
                }
            }
            else if (DateText.IsDateOnlyLine(text))
            {
                return DateText.Find(text)!.Date;
            }
        }
        return DateText.ParseMetadata(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    /// <summary>The element's text, single-spaced, or null when empty or longer than <paramref name="max"/>.</summary>
    private static string? ShortText(IElement element, int max)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var text in element.Descendants<IText>())
        {
            builder.Append(text.Data).Append(' ');
            if (builder.Length > max * 3)
            {
                return null;
            }
        }
        var normalized = BoilerplateLines.Normalize(builder.ToString());
        return normalized.Length is > 0 and <= 160 && normalized.Length <= max ? normalized : null;
    }

    private static string? LanguageOf(IDocument document, Dictionary<string, string> meta)
    {
        var declared = document.DocumentElement.GetAttribute("lang")
            ?? document.DocumentElement.GetAttribute("xml:lang")
            ?? Meta(meta, "og:locale")
            ?? document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }
        var code = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is >= 2 and <= 3 ? code : null;
    }

    private static string? CanonicalOf(IDocument document, Dictionary<string, string> meta, string? url)
    {
        var href = document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href") ?? Meta(meta, "og:url");
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

    /// <summary>&lt;meta property|name|itemprop=key content=…&gt; of the page, first one per key, keys case-insensitive.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                tags.TryAdd(key.Trim(), content.Trim());
            }
        }
        return tags;
    }

    private static string? Meta(Dictionary<string, string> meta, string name) => meta.GetValueOrDefault(name);
}
