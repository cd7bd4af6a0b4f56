using AiWatch.Core.Extraction.Html;
using AiWatch.Core.Extraction.Lines;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AiWatch.Core.Extraction;

/// <summary>
/// Main-content extraction from HTML with AngleSharp. Pure: HTML in, article out. Metadata comes from the
/// head (JSON-LD, Open Graph, meta) and visible bylines; the text from Readability-style container scoring,
/// then line rules that drop furniture ("Lire aussi", "La suite après la publicité").
/// </summary>
public static class HtmlArticleExtractor
{
    // Below this many characters an attempt is retried with fewer removals, as Readability does.
    private const int EnoughText = 500;

    // Bylines and datelines usually sit between the headline and the body, outside the chosen container:
    // "Par Claire Dupont", "Publié le 22 septembre 2025". They are looked for this many lines under the headline.
    private const int HeaderLineCount = 12;

    private static readonly (bool StripUnlikely, bool UseWeights, bool Conditional)[] Attempts =
    [
        (true, true, true), (false, true, true), (false, false, true), (false, false, false),
    ];

    public static ExtractedArticle Extract(string html, string? url) => Extract(html, url, null);

    /// <summary>Extraction with an optional site rule (see <see cref="SiteRules"/>) that names the body's container.</summary>
    public static ExtractedArticle Extract(string html, string? url, SiteRule? rule)
    {
        var document = Parse(html);
        var facts = HtmlMetadata.Read(document, url);
        var body = BodyOf(document);
        DomCleaner.RemoveNonContent(body);
        var lines = rule?.Content is not null ? LinesBySiteRule(body, rule) : null;
        lines ??= BestAttempt(body);
        var text = ArticleLines.Clean(lines, facts.Title, facts.Author);
        var author = facts.Author ?? text.Author;
        var published = facts.Published ?? text.Published;
        if (author is null || published is null)
        {
            var header = HeaderFacts(body, facts.Title);
            author ??= header.Author;
            published ??= header.Published;
        }
        var language = facts.Language ?? LanguageGuess.Guess(string.Join('\n', text.Lines));
        return new ExtractedArticle(url, facts.CanonicalUrl ?? url, facts.Title, author, published, language, string.Join('\n', text.Lines));
    }

    // Comments, style sheets and source positions are never read: the tokenizer skips them (about 10 % faster).
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipRawText = true,
    };

    /// <summary>
    /// Parses the page, unless it nests elements so deep that parsing alone would take minutes (see
    /// <see cref="HtmlNesting"/>). AngleSharp stops the tree itself at about 500 levels (deeper elements become
    /// siblings), which also bounds the recursion of the walks below.
    /// </summary>
    private static IDocument Parse(string html) => HtmlNesting.IsTooDeep(html)
        ? throw new InvalidDataException($"page nested more than {HtmlNesting.MaxDepth} elements deep, refused")
        : new HtmlParser(ParserOptions).ParseDocument(html);

    private static IElement BodyOf(IDocument document) => document.Body ?? document.DocumentElement;

    private static List<string> BestAttempt(IElement body)
    {
        List<string>? best = null;
        var bestLength = -1;
        foreach (var flags in Attempts)
        {
            var lines = Attempt(body, flags);
            var length = lines.Sum(l => l.Length);
            if (length >= EnoughText)
            {
                return lines;
            }
            // A gentler attempt wins only when it finds much more: on a short brief, a few more characters are
            // usually the link lists and captions the stricter attempt rightly dropped.
            if (best is null || length > bestLength * 1.5)
            {
                (best, bestLength) = (lines, length);
            }
        }
        return best ?? [];
    }

    private static List<string> Attempt(IElement body, (bool StripUnlikely, bool UseWeights, bool Conditional) flags)
    {
        // Attempts mark what they drop instead of removing it, so the next one starts from the same tree.
        var pruned = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        if (flags.StripUnlikely)
        {
            DomCleaner.MarkUnlikely(body, pruned);
        }
        var stats = NodeStatsBuilder.Build(body, pruned);
        var roots = ContentScorer.FindMainContent(body, stats, flags.UseWeights);
        foreach (var root in roots)
        {
            ContentPruner.Prune(root, stats, pruned, flags.Conditional);
        }
        return BlockText.Lines(roots, pruned);
    }

    private static CleanedLines HeaderFacts(IElement body, string? title)
    {
        var lines = BlockText.Lines([body], []);
        var normalizedTitle = title is null ? null : BoilerplateLines.Normalize(title);
        var start = normalizedTitle is null ? -1 : lines.FindIndex(l => BoilerplateLines.Normalize(l).Equals(normalizedTitle, StringComparison.OrdinalIgnoreCase));
        return start < 0 ? new CleanedLines([], null, null) : ArticleLines.Clean(lines.Skip(start + 1).Take(HeaderLineCount).ToList(), title);
    }

    private static List<string>? LinesBySiteRule(IElement body, SiteRule rule)
    {
        var roots = body.QuerySelectorAll(rule.Content!).ToList();
        if (roots.Count == 0)
        {
            return null;
        }
        foreach (var selector in rule.Remove)
        {
            foreach (var element in roots.SelectMany(r => r.QuerySelectorAll(selector)).ToList())
            {
                element.Remove();
            }
        }
        return BlockText.Lines(roots, []);
    }
}
