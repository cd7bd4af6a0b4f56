namespace AiWatch.Core.Extraction.Html;

/// <summary>
/// How deep a page nests its elements, estimated from the markup alone before any parsing. The HTML parser keeps
/// every open element on a stack it searches at each new tag, so a page of 100,000 unclosed &lt;div&gt; costs
/// minutes of CPU; such a page is refused instead. Real pages nest a few dozen levels.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deepest estimated nesting accepted (a page this deep parses in well under a second).</summary>
    public const int MaxDepth = 5_000;

    // Void elements never open a level; these close by themselves (a new <p> or <li> ends the last one), so
    // counting them would take a long list of unclosed paragraphs for nesting.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    /// <summary>True when the markup opens more than <see cref="MaxDepth"/> elements without closing them.</summary>
    public static bool IsTooDeep(string html) => EstimateDepth(html, MaxDepth + 1) > MaxDepth;

    /// <summary>
    /// The largest count of start tags not yet matched by end tags, stopping once <paramref name="stopAt"/> is
    /// reached. Comments and the insides of script and style are skipped: they hold no elements.
    /// </summary>
    public static int EstimateDepth(string html, int stopAt = int.MaxValue)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && deepest < stopAt)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }
            i = tagEnd + 1;
            if (NotNesting.Contains(name) || html[tagEnd - 1] == '/')
            {
                continue;
            }
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                i = SkipPast(html, i, "</" + name);
                continue;
            }
            deepest = Math.Max(deepest, ++depth);
        }
        return deepest;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
