using AiWatch.Core.Storage;

namespace AiWatch.Web.Rendering;

/// <summary>
/// Finds where a search snippet's first hit lies in the article text, so an article result can link to its sentence.
/// FTS5 snippets are the column's own text with hit markers added and "…" where they were cut.
/// </summary>
public static class SnippetLocator
{
    public const string Ellipsis = "…";

    /// <summary>Offset of the first marked hit in <paramref name="text"/>; null when the snippet has no hit or is not found.</summary>
    public static int? FirstHitOffset(string text, string snippet)
    {
        var hit = snippet.IndexOf(SearchQueries.HighlightStart);
        if (hit < 0)
        {
            return null;
        }
        var plain = snippet.Replace(SearchQueries.HighlightStart.ToString(), "").Replace(SearchQueries.HighlightEnd.ToString(), "");
        // The cut marks are not in the text; the text may hold "…" of its own, so try with and without them.
        foreach (var (candidate, lead) in Candidates(plain))
        {
            var at = candidate.Length == 0 ? -1 : text.IndexOf(candidate, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at + hit - lead;
            }
        }
        return null;
    }

    private static IEnumerable<(string Candidate, int Lead)> Candidates(string plain)
    {
        yield return (plain, 0);
        var lead = plain.StartsWith(Ellipsis, StringComparison.Ordinal) ? Ellipsis.Length : 0;
        var trail = plain.EndsWith(Ellipsis, StringComparison.Ordinal) && plain.Length > lead ? Ellipsis.Length : 0;
        if (lead + trail > 0 && plain.Length >= lead + trail)
        {
            yield return (plain[lead..^trail], lead);
        }
    }
}
