using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>
/// Finds the article's containers, after Mozilla Readability: every paragraph scores its ancestors
/// (commas and length, fading with distance), scores are discounted by link density, the best container
/// wins and its siblings that score close enough join it.
/// </summary>
internal static class ContentScorer
{
    // Paragraphs shorter than this (non-space characters, about 25 characters of text) do not vote.
    private const int MinParagraph = 20;

    public static IReadOnlyList<IElement> FindMainContent(IElement body, Dictionary<IElement, NodeStats> stats, bool useWeights)
    {
        var candidates = ScoreParagraphs(stats, useWeights);
        if (candidates.Count == 0)
        {
            return [body];
        }
        foreach (var candidate in candidates)
        {
            var s = stats[candidate];
            s.Score *= 1 - s.LinkDensity;
        }
        var ranked = candidates.OrderByDescending(c => stats[c].Score).ToList();
        var top = ranked[0];
        top = PreferSharedAncestor(top, ranked, stats, body);
        top = ClimbWhileParentScoresHigher(top, stats, body);
        top = ClimbSingleChildWrappers(top, body);
        top = ClimbOverSplitBody(top, stats, body);
        return WithSiblings(top, stats, body);
    }

    private static List<IElement> ScoreParagraphs(Dictionary<IElement, NodeStats> stats, bool useWeights)
    {
        var candidates = new List<IElement>();
        foreach (var (element, s) in stats)
        {
            if (s.OwnText < MinParagraph || HtmlTags.Headings.Contains(element.LocalName) || !IsParagraphHost(element))
            {
                continue;
            }
            var score = 1.0 + (s.OwnCommas + 1) + Math.Min(s.OwnText / 85, 3);
            // A container with its own loose text holds that paragraph itself; a p holds it for its parent.
            var ancestor = s.HasBlockChild ? element : element.ParentElement;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (!stats.TryGetValue(ancestor, out var a))
                {
                    break;
                }
                if (!a.IsCandidate)
                {
                    a.IsCandidate = true;
                    a.Score = InitialScore(ancestor, useWeights);
                    candidates.Add(ancestor);
                }
                a.Score += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
            }
        }
        return candidates;
    }

    // Text sitting directly in inline elements (span, a) belongs to the nearest block around it.
    private static bool IsParagraphHost(IElement element) => HtmlTags.IsBlock(element) || element.LocalName == "body";

    private static double InitialScore(IElement element, bool useWeights)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + (useWeights ? ClassHints.Weight(element) : 0);
    }

    // When several of the best candidates sit under one ancestor, the article is that ancestor.
    private static IElement PreferSharedAncestor(IElement top, List<IElement> ranked, Dictionary<IElement, NodeStats> stats, IElement body)
    {
        var topScore = stats[top].Score;
        var alternatives = ranked.Skip(1).Take(4).Where(c => stats[c].Score / topScore >= 0.75).ToList();
        if (alternatives.Count < 3)
        {
            return top;
        }
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (alternatives.Count(a => parent.Contains(a)) >= 3)
            {
                return parent;
            }
        }
        return top;
    }

    private static IElement ClimbWhileParentScoresHigher(IElement top, Dictionary<IElement, NodeStats> stats, IElement body)
    {
        var lastScore = stats[top].Score;
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body && stats.TryGetValue(parent, out var p); parent = parent.ParentElement)
        {
            if (!p.IsCandidate)
            {
                continue;
            }
            if (p.Score < threshold)
            {
                break;
            }
            if (p.Score > lastScore)
            {
                return parent;
            }
            lastScore = p.Score;
        }
        return top;
    }

    private static IElement ClimbSingleChildWrappers(IElement top, IElement body)
    {
        while (top.ParentElement is { } parent && parent != body && parent.ChildElementCount == 1)
        {
            top = parent;
        }
        return top;
    }

    // Bodies cut into chunks by ad slots ("article__chunks" > grid > body, grid > body…): the real container is the
    // ancestor that adds substantial prose (text of p elements) and little else.
    private static IElement ClimbOverSplitBody(IElement top, Dictionary<IElement, NodeStats> stats, IElement body)
    {
        var current = stats[top];
        for (var parent = top.ParentElement; parent is not null && parent != body && stats.TryGetValue(parent, out var p); parent = parent.ParentElement)
        {
            var extraProse = p.ProseText - current.ProseText;
            var extraText = p.Text - current.Text;
            var extraLinks = p.LinkText - current.LinkText;
            if (extraProse < Math.Max(150, current.ProseText * 0.25))
            {
                if (extraText > current.Text)
                {
                    break;
                }
                continue;
            }
            if (extraProse < extraText * 0.6 || extraLinks > extraText * 0.25)
            {
                break;
            }
            top = parent;
            current = p;
        }
        return top;
    }

    private static List<IElement> WithSiblings(IElement top, Dictionary<IElement, NodeStats> stats, IElement body)
    {
        var parent = top.ParentElement;
        if (parent is null || top == body)
        {
            return [top];
        }
        var topScore = stats[top].Score;
        var threshold = Math.Max(10, topScore * 0.2);
        var result = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top || JoinsArticle(sibling, top, topScore, threshold, stats))
            {
                result.Add(sibling);
            }
        }
        return result;
    }

    private static bool JoinsArticle(IElement sibling, IElement top, double topScore, double threshold, Dictionary<IElement, NodeStats> stats)
    {
        if (!stats.TryGetValue(sibling, out var s))
        {
            return false;
        }
        var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
        if (s.IsCandidate && s.Score + bonus >= threshold)
        {
            return true;
        }
        // A p, or a block with only inline content (Readability turns those into p).
        if (sibling.LocalName != "p" && (s.HasBlockChild || !HtmlTags.IsBlock(sibling)))
        {
            return false;
        }
        if (s.Text > 65 && s.LinkDensity < 0.25)
        {
            return true;
        }
        var text = sibling.TextContent;
        return s.Text is > 0 and <= 65 && s.LinkText == 0 && (text.Contains(". ") || text.TrimEnd().EndsWith('.'));
    }
}
