using System.Text.RegularExpressions;

namespace AiWatch.Core.Extraction.Lines;

/// <summary>
/// Author lines: "Par Mathis Ferrut | Journaliste", "By Jane Doe, Reuters", a bare name over an author bio.
/// Prefixes and bio openings come from <see cref="ExtractionLexicon"/>.
/// </summary>
public static class Bylines
{
    // "Mathis Ferrut", "Maurice de Rambuteau", "Jean-Marc Vittori", "Anne-Sophie d'Orléans": two to five capitalised words.
    private static readonly Regex PersonName = new(
        @"^(?<name>\p{Lu}[\p{Ll}\p{Lu}'’.\-]*(?:\s+(?:(?:de|du|des|d'|d’|van|von|der|den|la|le|ben|al|el|di|da)\s*)?\p{Lu}[\p{Ll}\p{Lu}'’.\-]*){1,4})",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // What may follow a byline's name: nothing, a role after a separator, a date, a parenthesised agency.
    private static readonly Regex AfterName = new(
        @"^\s*(?:$|[|,•·/–—\-(]|et\s+\p{Lu}|and\s+\p{Lu}|le\s+\d|on\s+\p{Lu}|publié|mis à jour)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The author named by a byline line, or null when the line is not a byline.</summary>
    public static string? ParseByline(string line)
    {
        var text = line.Trim();
        if (text.Length > 140)
        {
            return null;
        }
        foreach (var prefix in ExtractionLexicon.BylinePrefixes)
        {
            if (!DateText.StartsWithWord(text, prefix))
            {
                continue;
            }
            var rest = text[prefix.Length..].TrimStart(' ', ':', '\u00A0');
            var name = LeadingName(rest);
            if (name is not null)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>A byline opening or inside a line ("Par Jean Dupont | Publié le …", "Publié le 3 octobre 2025 par Jean Dupont"), or null.</summary>
    public static string? FindByline(string line)
    {
        if (ParseByline(line) is { } opening)
        {
            return opening;
        }
        foreach (var prefix in ExtractionLexicon.BylinePrefixes)
        {
            var index = line.IndexOf(" " + prefix + " ", StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && ParseByline(line[(index + 1)..]) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>
    /// True for a byline whether or not it names a person: "Par Mathis Ferrut", and also "Par QANT: IA et
    /// Technologies Émergentes" (a house signature), but not "Par le passé, …".
    /// </summary>
    public static bool LooksLikeByline(string line)
    {
        var text = line.Trim();
        if (text.Length > 100)
        {
            return false;
        }
        var prefix = ExtractionLexicon.BylinePrefixes.FirstOrDefault(p => DateText.StartsWithWord(text, p));
        var rest = prefix is null ? "" : text[prefix.Length..].TrimStart(' ', ':');
        return rest.Length > 0 && char.IsUpper(rest[0]);
    }

    /// <summary>
    /// True for a line that is only a person's name ("Jean Rognetta"). "Par Alexandre Piquard" is a byline
    /// (read for its name without the prefix), not a name.
    /// </summary>
    public static bool IsNameLine(string line)
    {
        var text = line.Trim();
        if (text.Length > 50 || LooksLikeByline(text))
        {
            return false;
        }
        var match = PersonName.Match(text);
        return match.Success && match.Length == text.Length && !IsShouting(text) && !StartsWithNotName(text);
    }

    private static bool StartsWithNotName(string name)
    {
        var first = name.Split(' ', '\'', '’')[0];
        return ExtractionLexicon.NotNames.Contains(first) || (name.Length > 1 && name[1] is '\'' or '’');
    }

    /// <summary>True for the opening of an author bio ("Passionné par le monde des médias…").</summary>
    public static bool IsBioOpening(string line)
    {
        var text = line.TrimStart();
        return ExtractionLexicon.BioOpeners.Any(o => DateText.StartsWithWord(text, o));
    }

    /// <summary>
    /// True for a last paragraph that is the signed author's bio: it opens like a bio and names them
    /// ("Passionnée de nouvelles technologies, Julie Martin suit l'actualité de l'IA depuis 2018.").
    /// </summary>
    public static bool IsClosingBioOf(string author, string paragraph)
    {
        if (!IsBioOpening(paragraph) || !IsNameLine(author))
        {
            return false;
        }
        var parts = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Regex.IsMatch(paragraph, $@"\b(?:{Regex.Escape(parts[0])}|{Regex.Escape(parts[^1])})\b", RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// True when <paramref name="paragraph"/> reads as the bio of <paramref name="name"/>: it opens like a bio
    /// or names the person by first name or surname ("Binational…, Jean devient journaliste").
    /// </summary>
    public static bool IsBioOf(string name, string paragraph)
    {
        if (paragraph.Length < 100 || !IsNameLine(name))
        {
            return false;
        }
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = paragraph.Length > 200 ? paragraph[..200] : paragraph;
        return IsBioOpening(paragraph)
            || Regex.IsMatch(head, $@"\b(?:{Regex.Escape(parts[0])}|{Regex.Escape(parts[^1])})\b", RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// True for an author bio closing an op-ed: one sentence naming its author(s) and their role,
    /// "Hélène Marchand est professeure d’économie à …", "X et Y sont chercheurs au …".
    /// </summary>
    public static bool IsClosingBio(string line)
    {
        var text = line.Trim();
        // One sentence: a last paragraph that goes on after naming someone's role is the article's own prose.
        return text.Length <= 300
            && !text.TrimEnd('.', ' ').Contains(". ", StringComparison.Ordinal)
            && ClosingBio.IsMatch(text)
            && !StartsWithNotName(text);
    }

    private const string NamePattern =
        @"\p{Lu}[\p{Ll}\p{Lu}'’.\-]*(?:\s+(?:(?:de|du|des|d'|d’|van|von|der|den|la|le|ben|al|el|di|da)\s*)?\p{Lu}[\p{Ll}\p{Lu}'’.\-]*){1,4}";

    // "Hélène Marchand est professeure…", "X et Y sont chercheurs…", "X est aussi l’auteur…".
    private static readonly Regex ClosingBio = new(
        $@"^{NamePattern}(?:\s+et\s+{NamePattern})?,?\s+(?:est|sont)\s+(?:(?:aussi|également|notamment|un|une|l'|l’|le|la|les|des)\s*)*"
        + $@"(?:{string.Join('|', ExtractionLexicon.ClosingBioRoles.Select(Regex.Escape))})s?(?!\p{{L}})",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string? LeadingName(string rest)
    {
        var match = PersonName.Match(rest);
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups["name"].Value.TrimEnd('.', '\'', '’', '-');
        var after = rest[match.Length..];
        if (!AfterName.IsMatch(after) || IsShouting(name) || StartsWithNotName(name))
        {
            return null;
        }
        var coAuthor = Regex.Match(after, @"^\s+(?<and>et|and)\s+(?<other>.+)$", RegexOptions.CultureInvariant);
        if (coAuthor.Success && LeadingName(coAuthor.Groups["other"].Value) is { } other)
        {
            return $"{name} {coAuthor.Groups["and"].Value} {other}";
        }
        return name;
    }

    // "QANT" or "AFP REDACTION" are brands and desks, not people.
    private static bool IsShouting(string text) =>
        text.Count(char.IsUpper) > 0.6 * text.Count(char.IsLetter);
}
