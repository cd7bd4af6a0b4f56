using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace AiWatch.Web.Tests;

/// <summary>
/// What every page must get right, whatever its content: the HTML5 parser reports no error (a stray or unclosed
/// tag, a bad attribute), the page says it is French, has one main landmark, no duplicate id, and every form control
/// has a name a screen reader can read out, and nothing the Content-Security-Policy would block (see
/// <see cref="ActiveContent"/>). Checked on every page the integration tests fetch.
/// </summary>
public static class HtmlValidity
{
    private static readonly HashSet<string> UnlabelledInputTypes = ["hidden", "submit", "button", "reset", "image"];

    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            var error = (HtmlErrorEvent)e;
            problems.Add($"parse error at {error.Position.Line}:{error.Position.Column}: {error.Message}");
        };
        var document = parser.ParseDocument(html);
        if (document.DocumentElement.GetAttribute("lang") != "fr")
        {
            problems.Add("<html> has no lang=\"fr\"");
        }
        var mains = document.QuerySelectorAll("main").Length;
        if (mains != 1)
        {
            problems.Add($"{mains} <main> elements instead of one");
        }
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        problems.AddRange(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"id \"{g.Key}\" used {g.Count()} times"));
        var known = ids.ToHashSet();
        problems.AddRange(document.QuerySelectorAll("label[for]").Select(l => l.GetAttribute("for")!)
            .Where(id => !known.Contains(id)).Select(id => $"<label for=\"{id}\"> names no element"));
        problems.AddRange(document.QuerySelectorAll("[aria-describedby], [aria-labelledby]")
            .SelectMany(e => ((e.GetAttribute("aria-describedby") ?? "") + " " + (e.GetAttribute("aria-labelledby") ?? "")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(id => !known.Contains(id)).Distinct().Select(id => $"aria reference to missing id \"{id}\""));
        problems.AddRange(document.QuerySelectorAll("input, textarea, select").Where(c => !HasAccessibleName(c, document))
            .Select(c => $"<{c.LocalName} name=\"{c.GetAttribute("name")}\"> has no label"));
        problems.AddRange(ActiveContent.Problems(document));
        return problems;
    }

    /// <summary>Fails the calling test with every problem of the page, naming the URL.</summary>
    public static void AssertValid(string html, string url)
    {
        var problems = Problems(html);
        Assert.True(problems.Count == 0, $"{url} is not valid HTML:\n{string.Join("\n", problems)}");
    }

    private static bool HasAccessibleName(IElement control, IDocument document)
    {
        if (control is IHtmlInputElement input && UnlabelledInputTypes.Contains(input.Type))
        {
            return true;
        }
        if (!string.IsNullOrWhiteSpace(control.GetAttribute("aria-label")) || control.HasAttribute("aria-labelledby"))
        {
            return true;
        }
        if (control.Closest("label") is not null)
        {
            return true;
        }
        return control.Id is { Length: > 0 } id && document.QuerySelectorAll("label[for]").Any(l => l.GetAttribute("for") == id);
    }
}
