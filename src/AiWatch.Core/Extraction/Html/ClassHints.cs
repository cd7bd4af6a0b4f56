using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>
/// What class and id attributes say about a container, after Mozilla Readability's hint lists, widened with
/// the furniture of French news sites (abonnement, partage, newsletter, "lire aussi").
/// </summary>
internal static class ClassHints
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Containers that are almost never the article: removed before scoring unless OkMaybe also matches.
    private static readonly Regex Unlikely = new(
        @"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|share|sharing|partage|outbrain|taboola|abonn|subscribe|paywall-banner|read-?also|lire-?aussi|most-?read|trending",
        Options);

    private static readonly Regex OkMaybe = new(@"and|article|body|column|content|main|mathjax|shadow", Options);

    private static readonly Regex Negative = new(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|caption|credit|newsletter|partage|abonn|taboola|recirc",
        Options);

    private static readonly Regex Positive = new(
        @"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|chapo|corps",
        Options);

    // ARIA roles of navigation and page chrome.
    private static readonly HashSet<string> UnlikelyRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    /// <summary>Class and id of an element as one string for matching.</summary>
    public static string Signature(IElement element) => $"{element.ClassName} {element.Id}".Trim();

    public static bool IsUnlikely(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && UnlikelyRoles.Contains(role))
        {
            return true;
        }
        var signature = Signature(element);
        return signature.Length > 0 && Unlikely.IsMatch(signature) && !OkMaybe.IsMatch(signature);
    }

    /// <summary>Readability's class weight: -25 per negative hint, +25 per positive one (class and id each).</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        foreach (var value in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            if (Negative.IsMatch(value))
            {
                weight -= 25;
            }
            if (Positive.IsMatch(value))
            {
                weight += 25;
            }
        }
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 25;
        }
        return weight;
    }
}
