namespace AiWatch.Core.Extraction.Lines;

/// <summary>Article lines after furniture removal, with the byline and date lines found on the way.</summary>
public sealed record CleanedLines(IReadOnlyList<string> Lines, string? Author, DateOnly? Published);

/// <summary>
/// Line rules shared by HTML and text extraction: drops furniture lines, bylines and date lines (keeping what
/// they say), the repeated headline, and everything after an end-of-article marker once the body has begun.
/// </summary>
public static class ArticleLines
{
    // Prose: a long line, or a shorter one holding several sentences. Teaser headlines (one sentence, however
    // long), menus and signatures are not.
    private static int ProseLength(string line) =>
        line.Length >= 200 || (line.Length >= 120 && line.AsSpan(0, line.Length - 2).Contains(". ", StringComparison.Ordinal)) ? line.Length : 0;

    /// <summary>Cleans <paramref name="lines"/>; <paramref name="knownAuthor"/> (from metadata) helps recognise the author's closing bio.</summary>
    public static CleanedLines Clean(IReadOnlyList<string> lines, string? title, string? knownAuthor = null)
    {
        var proseAfter = ProseAfter(lines);
        var proseBefore = 0;
        var normalizedTitle = title is null ? null : BoilerplateLines.Normalize(title);
        var kept = new List<string>();
        string? author = null;
        DateOnly? published = null;
        DateOnly? updated = null;
        DateOnly? dateline = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = BoilerplateLines.Normalize(line);
            if (normalizedTitle is not null && string.Equals(text, normalizedTitle, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            // "Publié le 3 octobre 2025 à 14h12 par Jean Dupont" and "Par Jean Dupont, le 3 octobre 2025": both facts.
            if (DateText.ParseDateLine(text) is { } dateLine)
            {
                if (dateLine.Updated)
                {
                    updated ??= dateLine.Date;
                }
                else
                {
                    published ??= dateLine.Date;
                }
                author ??= Bylines.FindByline(text);
                continue;
            }
            // A bare date line ("November 20, 2019 / 1:07 AM") is the page's dateline, not text; above the first
            // paragraph it dates the article.
            if (text.Length < 60 && DateText.IsDateOnlyLine(text))
            {
                if (proseBefore == 0)
                {
                    dateline ??= DateText.Find(text)?.Date;
                }
                continue;
            }
            if (Bylines.ParseByline(text) is { } name)
            {
                author ??= name;
                published ??= DateText.Find(text)?.Date;
                continue;
            }
            var (kind, _) = BoilerplateLines.Classify(text);
            // "Sur le même thème" ends the article when little prose follows it; with a body still to come it is
            // a menu entry or an inline box, and only the line goes.
            if (kind == LineKind.End && proseAfter[i] <= proseBefore / 2)
            {
                break;
            }
            // A company boilerplate block is prose, so only a longer body before it tells it from a paragraph.
            if (kind == LineKind.EndBlock && proseBefore > 0 && proseAfter[i] + ProseLength(line) < proseBefore)
            {
                break;
            }
            if (kind is LineKind.Content or LineKind.EndBlock)
            {
                kept.Add(BoilerplateLines.SingleSpaced(line));
                proseBefore += ProseLength(line);
            }
        }
        // "Hélène Marchand est professeure à …" closing an op-ed is about the author, not the article.
        while (kept.Count > 1 && (Bylines.IsClosingBio(kept[^1]) || ((knownAuthor ?? author) is { } signed && Bylines.IsClosingBioOf(signed, kept[^1]))))
        {
            kept.RemoveAt(kept.Count - 1);
        }
        return new CleanedLines(kept, author, published ?? updated ?? dateline);
    }

    /// <summary>For each line, the length of the prose lines after it.</summary>
    private static int[] ProseAfter(IReadOnlyList<string> lines)
    {
        var after = new int[lines.Count];
        var sum = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            after[i] = sum;
            sum += ProseLength(lines[i]);
        }
        return after;
    }
}
