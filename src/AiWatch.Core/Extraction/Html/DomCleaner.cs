using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>First pass over a page: drops what is never article text, then (optionally) unlikely containers.</summary>
internal static class DomCleaner
{
    public static void RemoveNonContent(IElement root)
    {
        var doomed = new List<IElement>();
        foreach (var element in root.Descendants<IElement>())
        {
            if (HtmlTags.NonContent.Contains(element.LocalName) || IsHidden(element))
            {
                doomed.Add(element);
            }
        }
        RemoveAll(doomed);
    }

    /// <summary>
    /// Marks navigation, comment, share and similar containers named by class, id or role as pruned. Marking
    /// (instead of removing) lets a later attempt start again from the same tree.
    /// </summary>
    public static void MarkUnlikely(IElement element, HashSet<IElement> pruned)
    {
        foreach (var child in element.Children)
        {
            if (child.LocalName is "table" or "code" or "pre")
            {
                continue;
            }
            if (child.LocalName is not ("article" or "main" or "a") && (child.LocalName is "aside" or "footer" || ClassHints.IsUnlikely(child))
                && !HtmlTags.HoldsQuotedPost(child))
            {
                pruned.Add(child);
                continue;
            }
            MarkUnlikely(child, pruned);
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }
        var style = element.GetAttribute("style");
        return style is not null && (Squeezed(style).Contains("display:none") || Squeezed(style).Contains("visibility:hidden"));
    }

    private static string Squeezed(string style) => style.Replace(" ", "").ToLowerInvariant();

    private static void RemoveAll(List<IElement> doomed)
    {
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }
}
