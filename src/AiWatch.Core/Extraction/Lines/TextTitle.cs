namespace AiWatch.Core.Extraction.Lines;

/// <summary>Finds the headline among the first lines of a plain-text copy.</summary>
public static class TextTitle
{
    /// <summary>The title (or null) and the index of the first line after it.</summary>
    public static (string? Title, int BodyStart) Find(IReadOnlyList<string> lines)
    {
        // Furniture pasted above the headline ("Accueil » Tech » IA", "Publicité") is skipped.
        var first = 0;
        while (first < lines.Count - 1 && BoilerplateLines.Classify(lines[first]).Kind == LineKind.Drop)
        {
            first++;
        }
        if (first >= lines.Count)
        {
            return (null, first);
        }
        // "Points Clés" or a first paragraph opens the text itself: the copy has no headline.
        if (BoilerplateLines.IsLabel(lines[first]) || IsParagraph(lines[first]))
        {
            return (null, first);
        }
        if (first + 1 < lines.Count && IsRubric(lines[first]) && LooksLikeHeadline(lines[first + 1]))
        {
            return (lines[first + 1], first + 2);
        }
        return (lines[first], first + 1);
    }

    /// <summary>A paragraph, never a headline: long and made of several sentences.</summary>
    public static bool IsParagraph(string line) =>
        line.Length > 250 && SentenceBreaks(line) >= 2;

    private static int SentenceBreaks(string line)
    {
        var count = 0;
        for (var i = 1; i < line.Length - 1; i++)
        {
            if (line[i] == ' ' && line[i - 1] is '.' or '?' or '!')
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>A rubric label: one to three words, no sentence punctuation ("Tech", "CINÉ SÉRIE").</summary>
    public static bool IsRubric(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && line.Length <= 30 && !line.Any(c => c is '.' or '!' or '?' or ':' or ',') && !line.Any(char.IsDigit);
    }

    /// <summary>A headline: a longish line that is not a list item, a byline, a date or a full sentence ending with a period.</summary>
    public static bool LooksLikeHeadline(string line)
    {
        var text = line.Trim();
        return text.Length is >= 15 and <= 250
            && !text.StartsWith('-') && !text.StartsWith('•')
            && (!text.EndsWith('.') || text.EndsWith("..."))
            && Bylines.ParseByline(text) is null
            && DateText.ParseDateLine(text) is null;
    }
}
