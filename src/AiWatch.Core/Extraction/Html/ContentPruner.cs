using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>
/// Cleans inside the chosen containers, after Readability's "clean conditionally": drops link lists, galleries,
/// forms, captions and blocks whose class names mark them as furniture, unless they carry real prose.
/// </summary>
internal static class ContentPruner
{
    private static readonly HashSet<string> Conditional = new(StringComparer.Ordinal)
    {
        "form", "fieldset", "table", "ul", "ol", "div", "section", "aside", "header", "footer", "dl", "nav",
    };

    /// <summary>Marks furniture inside <paramref name="root"/> as pruned, top-down: a pruned block's inside is not visited.</summary>
    public static void Prune(IElement root, Dictionary<IElement, NodeStats> stats, HashSet<IElement> pruned, bool conditional)
    {
        var rootText = Math.Max(1, stats[root].Text);
        Visit(root, stats, pruned, rootText, conditional);
    }

    private static void Visit(IElement element, Dictionary<IElement, NodeStats> stats, HashSet<IElement> pruned, int rootText, bool conditional)
    {
        foreach (var child in element.Children)
        {
            if (pruned.Contains(child))
            {
                continue;
            }
            if (ShouldRemove(child, stats, rootText, conditional) && !HtmlTags.HoldsQuotedPost(child))
            {
                pruned.Add(child);
                continue;
            }
            Visit(child, stats, pruned, rootText, conditional);
        }
    }

    private static bool ShouldRemove(IElement element, Dictionary<IElement, NodeStats> stats, int rootText, bool conditional)
    {
        var name = element.LocalName;
        if (name is "figure" or "figcaption" or "h1")
        {
            return true;
        }
        if (!stats.TryGetValue(element, out var s))
        {
            return false;
        }
        // A paragraph that is one link is a promo for another article ("CLICK HERE", a related headline).
        if (name == "p" && s.Text > 0 && s.LinkDensity > 0.9)
        {
            return true;
        }
        if (IsBox(element, s))
        {
            return true;
        }
        var weight = ClassHints.Weight(element);
        // A furniture class name on a minor block ("article-meta", "share-bar") is enough; not on the whole article.
        if (weight < 0 && s.Text < rootText / 2 && (HtmlTags.IsBlock(element) || s.Text < 200))
        {
            return true;
        }
        if (!conditional || !Conditional.Contains(name) || IsInsideDataTable(element))
        {
            return false;
        }
        if (name == "table" && IsDataTable(element))
        {
            return false;
        }
        return LooksLikeFurniture(element, s, weight);
    }

    /// <summary>
    /// A newsletter or donation box without telling class names: a small block of several pieces (label, pitch,
    /// button) whose whole text gives it away. One piece alone is a paragraph, even when it mentions a donation.
    /// </summary>
    private static bool IsBox(IElement element, NodeStats s)
    {
        if (element.LocalName is not ("div" or "section" or "aside") || s.Text > Lines.BoilerplateLines.MaxBoxLength)
        {
            return false;
        }
        var pieces = element.Descendants<IText>().Select(t => t.Data.Trim()).Where(t => t.Length > 0).ToList();
        return pieces.Count >= 2 && Lines.BoilerplateLines.BoxRule(string.Join(' ', pieces)) is not null;
    }

    private static bool LooksLikeFurniture(IElement element, NodeStats s, int weight)
    {
        if (s.Commas >= 10)
        {
            return false;
        }
        var isList = element.LocalName is "ul" or "ol" || (s.Text > 0 && (double)s.ListText / s.Text > 0.9);
        var p = s.Paragraphs;
        var headingDensity = s.Text == 0 ? 0 : (double)s.HeadingText / s.Text;
        var linkDensity = s.LinkDensity;
        var remove =
            (s.Images > 1 && (double)p / s.Images < 0.5 && s.Text < 200)
            || (!isList && s.ListItems - 100 > p)
            || s.Inputs > p / 3
            || (!isList && headingDensity < 0.9 && s.Text < 20 && (s.Images == 0 || s.Images > 2) && linkDensity > 0)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (isList && linkDensity > 0.5)
            || (weight >= 25 && linkDensity > 0.5)
            || (s.Embeds == 1 && s.Text < 65) || s.Embeds > 1
            || (s.Images == 0 && s.Text == 0);
        return remove;
    }

    private static bool IsInsideDataTable(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "table")
            {
                return IsDataTable(parent);
            }
        }
        return false;
    }

    private static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") == "presentation")
        {
            return false;
        }
        if (table.HasAttribute("summary") || table.QuerySelector("caption, thead, th, tfoot, colgroup") is not null)
        {
            return true;
        }
        if (table.QuerySelector("table") is not null)
        {
            return false;
        }
        var rows = table.QuerySelectorAll("tr");
        return rows.Length >= 10 || rows.Any(r => r.Children.Length > 4);
    }
}
