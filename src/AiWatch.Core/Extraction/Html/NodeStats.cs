using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>Text measures of one element and its subtree. Lengths count non-whitespace characters.</summary>
internal sealed class NodeStats
{
    public int Text;
    public int LinkText;
    public int Commas;
    /// <summary>Text in direct text nodes and inline children, outside nested blocks: the element's own paragraph.</summary>
    public int OwnText;
    public int OwnCommas;
    public int HeadingText;
    /// <summary>Text inside &lt;p&gt; elements, outside links: the prose of the subtree.</summary>
    public int ProseText;
    public int ListText;
    public int Paragraphs;
    public int Images;
    public int ListItems;
    public int Inputs;
    public int Embeds;
    public bool HasBlockChild;
    public double Score;
    public bool IsCandidate;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}

/// <summary>Computes <see cref="NodeStats"/> for every element of a subtree in one post-order walk.</summary>
internal static class NodeStatsBuilder
{
    /// <summary>Stats of <paramref name="root"/> and its descendants, leaving out pruned subtrees.</summary>
    public static Dictionary<IElement, NodeStats> Build(IElement root, HashSet<IElement> pruned)
    {
        var stats = new Dictionary<IElement, NodeStats>(ReferenceEqualityComparer.Instance);
        Visit(root, stats, pruned);
        return stats;
    }

    private static NodeStats Visit(IElement element, Dictionary<IElement, NodeStats> all, HashSet<IElement> pruned)
    {
        var s = new NodeStats();
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                var (length, commas) = Measure(text.Data);
                s.Text += length;
                s.OwnText += length;
                s.Commas += commas;
                s.OwnCommas += commas;
            }
            else if (child is IElement childElement && !pruned.Contains(childElement))
            {
                Add(s, childElement, Visit(childElement, all, pruned));
            }
        }
        CountSelf(s, element);
        all[element] = s;
        return s;
    }

    private static void Add(NodeStats s, IElement child, NodeStats c)
    {
        var name = child.LocalName;
        s.Text += c.Text;
        s.Commas += c.Commas;
        s.LinkText += name == "a" ? c.Text : c.LinkText;
        s.HeadingText += HtmlTags.Headings.Contains(name) ? c.Text : c.HeadingText;
        s.ListText += name is "ul" or "ol" ? c.Text : c.ListText;
        s.ProseText += name == "p" ? c.Text - c.LinkText : c.ProseText;
        s.Paragraphs += c.Paragraphs;
        s.Images += c.Images;
        s.ListItems += c.ListItems;
        s.Inputs += c.Inputs;
        s.Embeds += c.Embeds;
        if (HtmlTags.IsBlock(child))
        {
            s.HasBlockChild = true;
        }
        else
        {
            s.OwnText += c.OwnText;
            s.OwnCommas += c.OwnCommas;
        }
    }

    private static void CountSelf(NodeStats s, IElement element)
    {
        switch (element.LocalName)
        {
            case "p":
                s.Paragraphs++;
                break;
            case "img":
                s.Images++;
                break;
            case "li":
                s.ListItems++;
                break;
            case "input" or "select" or "textarea" or "button":
                s.Inputs++;
                break;
            case "embed" or "object" or "iframe":
                s.Embeds++;
                break;
        }
    }

    private static (int Length, int Commas) Measure(string text)
    {
        var length = 0;
        var commas = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                length++;
                if (c is ',' or '，' or '、')
                {
                    commas++;
                }
            }
        }
        return (length, commas);
    }
}
