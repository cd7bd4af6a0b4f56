using AiWatch.Core.Extraction.Lines;

namespace AiWatch.Core.Extraction;

/// <summary>
/// Plain-text articles (copies of web pages). The first non-empty line is the title, unless it is a rubric
/// label over the headline ("Tech") or a box heading that opens the text ("Points clés"). The rest is the text,
/// without the page furniture the copy carried: byline and date lines (read for author and date), author bios,
/// credits, promos, donation blocks and everything from an end marker such as "Sur le même thème".
/// </summary>
public static class TextArticleExtractor
{
    // A standalone date counts as the article's date only near the top, where datelines are.
    private const int HeaderLines = 6;

    public static ExtractedArticle Extract(string content, string? url)
    {
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var (title, bodyStart) = TextTitle.Find(lines);
        var body = lines.Skip(bodyStart).ToList();
        var nameLine = AuthorNameNearDate(body);
        var cleaned = ArticleLines.Clean(WithoutFurnitureBlocks(body, nameLine), title);
        var text = body.Count == 0 && title is not null && IsSentence(title) ? BoilerplateLines.SingleSpaced(title) : string.Join('\n', cleaned.Lines);
        return new ExtractedArticle(
            url,
            url,
            title,
            cleaned.Author ?? (nameLine is null ? null : body[nameLine.Value]) ?? SignatureAuthor(body) ?? AuthorOfBio(body),
            cleaned.Published ?? DateNearTop(body),
            LanguageGuess.Guess(text) ?? "fr",
            text);
    }

    // A copy of one line ending like a sentence (a teaser cut with "…") is a body with nothing after its
    // "headline": that line is the text too. A lone "Titre seul" stays a headline without text.
    private static bool IsSentence(string line) => line.EndsWith('…') || line.EndsWith('.');

    /// <summary>
    /// Drops what line rules alone cannot see: the bio under a top byline, runs of repeated lines (branding
    /// printed twice), and everything from a byline that comes after the body (signature, bios, "derniers articles").
    /// </summary>
    private static List<string> WithoutFurnitureBlocks(List<string> body, int? nameLine)
    {
        var total = Math.Max(1, body.Sum(l => l.Length));
        var result = new List<string>();
        var seen = 0;
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            var isByline = Bylines.LooksLikeByline(line);
            if (isByline && seen > total / 2)
            {
                break;
            }
            seen += line.Length;
            if (i == nameLine)
            {
                continue;
            }
            if (isByline && i + 1 < body.Count && Bylines.IsBioOpening(body[i + 1]))
            {
                result.Add(line);
                i++;
                continue;
            }
            if (IsRepeated(body, i))
            {
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    private static bool IsRepeated(List<string> lines, int i) =>
        lines[i].Length < 150
        && ((i > 0 && lines[i - 1] == lines[i]) || (i + 1 < lines.Count && lines[i + 1] == lines[i]));

    // "Pierre Berge-Cia" over or under "Le 09/09/2025 à 10:20": a bare byline next to the dateline.
    private static int? AuthorNameNearDate(List<string> body)
    {
        for (var i = 0; i < Math.Min(HeaderLines, body.Count); i++)
        {
            if (Bylines.IsNameLine(body[i]) && (IsDateline(body, i - 1) || IsDateline(body, i + 1)))
            {
                return i;
            }
        }
        return null;
    }

    private static bool IsDateline(List<string> body, int i) =>
        i >= 0 && i < body.Count && (DateText.ParseDateLine(body[i]) is not null || (body[i].Length < 60 && DateText.IsDateOnlyLine(body[i])));

    // "…dernier paragraphe.\nPar Jean Dupont": a signature after the body (cut by WithoutFurnitureBlocks).
    private static string? SignatureAuthor(List<string> body) =>
        body.Skip(body.Count / 2).Select(Bylines.ParseByline).FirstOrDefault(a => a is not null);

    // "Jean Rognetta" over "Binational franco-italien, …, Jean devient journaliste…".
    private static string? AuthorOfBio(List<string> body)
    {
        for (var i = 0; i + 1 < body.Count; i++)
        {
            if (Bylines.IsNameLine(body[i]) && Bylines.IsBioOf(body[i], body[i + 1]))
            {
                return body[i];
            }
        }
        return null;
    }

    // "…Bienvenue dans Qant, samedi 27 septembre 2024." or a bare "23 novembre 2024" line near the top.
    private static DateOnly? DateNearTop(List<string> body)
    {
        foreach (var line in body.Take(HeaderLines))
        {
            if (DateText.Find(line) is { } found && (found.HasWeekday || DateText.IsDateOnlyLine(line)))
            {
                return found.Date;
            }
        }
        return null;
    }
}
