namespace AiWatch.Core.Extraction.Lines;

/// <summary>How a line of page text is treated.</summary>
public enum LineKind
{
    /// <summary>Article text.</summary>
    Content,
    /// <summary>Furniture on its own line ("La suite après la publicité"): dropped.</summary>
    Drop,
    /// <summary>The start of trailing furniture ("Sur le même thème"): it and what follows are dropped.</summary>
    End,
    /// <summary>
    /// The start of a trailing block that is prose itself ("À propos de SoftBank Group : …"): it and what follows
    /// are dropped when the body before is longer.
    /// </summary>
    EndBlock,
}

/// <summary>Classifies single lines of page text with the boilerplate patterns of <see cref="ExtractionLexicon"/>.</summary>
public static class BoilerplateLines
{
    /// <summary>Longer lines are never furniture (and skipping them keeps the patterns cheap).</summary>
    public const int MaxFurnitureLength = 300;

    /// <summary>Longer blocks are never a box: a paragraph mentioning a newsletter is text.</summary>
    public const int MaxBoxLength = 300;

    /// <summary>
    /// The box rule a small block's whole text matches ("Newsletter « La Matinale » … S'inscrire"), or null.
    /// Boxes spread over several lines, each harmless alone, so they are judged as one text.
    /// </summary>
    public static string? BoxRule(string blockText)
    {
        var text = Normalize(blockText);
        return text.Length is 0 or > MaxBoxLength ? null : ExtractionLexicon.Boxes.FirstOrDefault(b => b.Pattern.IsMatch(text))?.Name;
    }

    /// <summary>The kind of <paramref name="line"/> and the name of the rule that decided it (null for content).</summary>
    public static (LineKind Kind, string? Rule) Classify(string line)
    {
        var text = Normalize(line);
        if (text.Length == 0)
        {
            return (LineKind.Drop, "empty");
        }
        // Furniture lines are short; a long paragraph that happens to open with "Partager" is text.
        if (text.Length > MaxFurnitureLength)
        {
            return (LineKind.Content, null);
        }
        foreach (var rule in ExtractionLexicon.EndBlockLines)
        {
            if (rule.Pattern.IsMatch(text))
            {
                return (LineKind.EndBlock, rule.Name);
            }
        }
        foreach (var rule in ExtractionLexicon.EndLines)
        {
            if (rule.Pattern.IsMatch(text))
            {
                return (LineKind.End, rule.Name);
            }
        }
        foreach (var rule in ExtractionLexicon.DropLines)
        {
            if (rule.Pattern.IsMatch(text))
            {
                return (LineKind.Drop, rule.Name);
            }
        }
        return (LineKind.Content, null);
    }

    /// <summary>True for a box heading that opens a copy without being its headline ("Points Clés").</summary>
    public static bool IsLabel(string line)
    {
        var text = Normalize(line).TrimEnd(':', ' ');
        return ExtractionLexicon.Labels.Any(l => string.Equals(l, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Trimmed, single-spaced (any whitespace), typographic apostrophes folded to "'".</summary>
    public static string Normalize(string line) => SingleSpaced(line).Replace('’', '\'');

    /// <summary>Trimmed, with every run of whitespace (tabs, newlines, no-break spaces) as one space.</summary>
    public static string SingleSpaced(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
