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

    /// <summary>Removes navigation, comment, share and similar containers named by class, id or role.</summary>
    public static void RemoveUnlikely(IElement root)
    {
        var doomed = new List<IElement>();
        foreach (var element in root.Descendants<IElement>())
        {
            if (element.LocalName is "body" or "article" or "main" or "a" or "html" || IsInside(element, "table", "code", "pre"))
            {
                continue;
            }
            if (element.LocalName is "aside" or "footer" || ClassHints.IsUnlikely(element))
            {
                doomed.Add(element);
            }
        }
        RemoveAll(doomed);
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

    private static bool IsInside(IElement element, params string[] tags)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (Array.IndexOf(tags, parent.LocalName) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static void RemoveAll(List<IElement> doomed)
    {
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }
}
