namespace AiWatch.Core.Extraction.Lines;

/// <summary>Article lines after furniture removal, with the byline and date lines found on the way.</summary>
public sealed record CleanedLines(IReadOnlyList<string> Lines, string? Author, DateOnly? Published);

/// <summary>
/// Line rules shared by HTML and text extraction: drops furniture lines, bylines and date lines (keeping what
/// they say), the repeated headline, and everything after an end-of-article marker once the body has begun.
/// </summary>
public static class ArticleLines
{
    // End markers ("Sur le même thème") only cut once this share of the text is behind us: near the top they
    // are more likely a menu entry than the end of the article.
    private const double EndMarkerMinShare = 0.4;

    public static CleanedLines Clean(IReadOnlyList<string> lines, string? title)
    {
        var total = Math.Max(1, lines.Sum(l => l.Length));
        var normalizedTitle = title is null ? null : BoilerplateLines.Normalize(title);
        var kept = new List<string>();
        string? author = null;
        DateOnly? published = null;
        DateOnly? updated = null;
        var seen = 0;
        foreach (var line in lines)
        {
            seen += line.Length;
            var text = BoilerplateLines.Normalize(line);
            if (normalizedTitle is not null && string.Equals(text, normalizedTitle, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
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
                continue;
            }
            // A bare date line ("November 20, 2019 / 1:07 AM") is the page's dateline, not text.
            if (text.Length < 60 && DateText.IsDateOnlyLine(text))
            {
                continue;
            }
            if (Bylines.ParseByline(text) is { } name)
            {
                author ??= name;
                continue;
            }
            var (kind, _) = BoilerplateLines.Classify(text);
            if (kind == LineKind.End && (double)(seen - line.Length) / total >= EndMarkerMinShare)
            {
                break;
            }
            if (kind == LineKind.Content)
            {
                kept.Add(BoilerplateLines.SingleSpaced(line));
            }
        }
        return new CleanedLines(kept, author, published ?? updated);
    }
}
