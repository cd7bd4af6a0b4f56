using System.Globalization;
using System.Text.RegularExpressions;

namespace AiWatch.Core.Extraction.Lines;

/// <summary>A date found in running text, and whether a weekday named it ("samedi 27 septembre 2024").</summary>
public sealed record FoundDate(DateOnly Date, bool HasWeekday, int Index, int Length);

/// <summary>
/// Dates as written in pages: ISO values of metadata, and French or English dates in running text.
/// Month and weekday names come from <see cref="ExtractionLexicon"/>.
/// </summary>
public static class DateText
{
    // 2024-11-23, 2024-11-23T10:31:00+01:00: the date as written, before any time zone shift.
    private static readonly Regex Iso = new(@"^\s*(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?![\d])", RegexOptions.CultureInvariant);

    // "samedi 27 septembre 2024", "1er oct. 2025", "23 novembre 2024 à 10:31"
    private static readonly Regex DayMonthYear = new(
        $@"(?<![\p{{L}}\d])(?:(?<wd>{Alternation(ExtractionLexicon.Weekdays)})\s*,?\s+)?(?<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?<m>{Alternation(ExtractionLexicon.Months.Keys)})\.?,?\s+(?<y>\d{{4}})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "Tuesday, November 19, 2019", "Nov. 19, 2019"
    private static readonly Regex MonthDayYear = new(
        $@"(?<![\p{{L}}\d])(?:(?<wd>{Alternation(ExtractionLexicon.Weekdays)})\s*,?\s+)?(?<m>{Alternation(ExtractionLexicon.Months.Keys)})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y>\d{{4}})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "23/11/2024", "23.11.2024": French order, day first.
    private static readonly Regex Numeric = new(@"(?<!\d)(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant);

    private static readonly Regex IsoInText = new(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant);

    /// <summary>The date part of a metadata value ("2024-11-23T10:31:00+01:00" → 2024-11-23), else a date in text.</summary>
    public static DateOnly? ParseMetadata(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var iso = Iso.Match(value);
        return iso.Success ? Build(iso) : Find(value)?.Date;
    }

    /// <summary>The first full date (day, month, year) written in <paramref name="text"/>.</summary>
    public static FoundDate? Find(string text)
    {
        FoundDate? best = null;
        foreach (var pattern in new[] { DayMonthYear, MonthDayYear, Numeric, IsoInText })
        {
            foreach (Match match in pattern.Matches(text))
            {
                var date = Build(match);
                if (date is not null && (best is null || match.Index < best.Index))
                {
                    best = new FoundDate(date.Value, match.Groups["wd"].Success, match.Index, match.Length);
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// A date line: "Publié le 23 novembre 2024 à 10:31" (published), "Mis à jour le …" (updated), also after a
    /// name ("Jean Dupont – Publié le 3 octobre 2025"). The earliest prefix of the line decides. Null when the
    /// line holds none of the lexicon's prefixes followed by a date.
    /// </summary>
    public static (DateOnly Date, bool Updated)? ParseDateLine(string line)
    {
        var text = line.Trim();
        if (text.Length > 160)
        {
            return null;
        }
        (int Index, int Length, bool Updated)? first = null;
        foreach (var (prefixes, updated) in new[] { (ExtractionLexicon.UpdatedPrefixes, true), (ExtractionLexicon.PublishedPrefixes, false) })
        {
            foreach (var prefix in prefixes)
            {
                var index = IndexOfWord(text, prefix);
                if (index >= 0 && (first is null || index < first.Value.Index || (index == first.Value.Index && prefix.Length > first.Value.Length)))
                {
                    first = (index, prefix.Length, updated);
                }
            }
        }
        if (first is not { } hit || Find(text[(hit.Index + hit.Length)..]) is not { } found)
        {
            return null;
        }
        // "Mis à jour le 24 novembre 2024 à 08:12 Publié le 23 novembre 2024 à 10:31": the first publication is
        // the article's date, wherever the line puts it.
        if (hit.Updated && PublishedLater(text, hit.Index + hit.Length) is { } publishedDate)
        {
            return (publishedDate, false);
        }
        return (found.Date, hit.Updated);
    }

    // A published prefix as a word further along a date line, followed by a date.
    private static DateOnly? PublishedLater(string text, int from)
    {
        foreach (var prefix in ExtractionLexicon.PublishedPrefixes.OrderByDescending(p => p.Length))
        {
            for (var index = text.IndexOf(prefix, from, StringComparison.OrdinalIgnoreCase); index >= 0; index = text.IndexOf(prefix, index + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = index + prefix.Length;
                var isWord = !char.IsLetterOrDigit(text[index - 1]) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (isWord && Find(text[end..]) is { } found)
                {
                    return found.Date;
                }
            }
        }
        return null;
    }

    // The position of the prefix at the start of the line or after a separator ("Jean Dupont – Publié le"), or -1.
    // Not after a comma: "Le rapport, publié le 3 mars 2025, montre…" is a sentence, not a dateline.
    private static int IndexOfWord(string text, string word)
    {
        for (var index = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); index >= 0; index = text.IndexOf(word, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var lead = text[..index].TrimEnd();
            var before = lead.Length == 0 || lead[^1] is '–' or '—' or '-' or '|' or '•' or '·' or '/';
            var after = index + word.Length == text.Length || !char.IsLetterOrDigit(text[index + word.Length]);
            if (before && after)
            {
                return index;
            }
        }
        return -1;
    }

    /// <summary>True when the line is little more than a date ("23 novembre 2024", "Le 03/02/2025 à 10h").</summary>
    public static bool IsDateOnlyLine(string line)
    {
        var found = Find(line);
        return found is not null && line.Length - found.Length <= 18;
    }

    internal static bool StartsWithWord(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (text.Length == prefix.Length || !char.IsLetterOrDigit(text[prefix.Length]));

    private static DateOnly? Build(Match match)
    {
        var monthText = match.Groups["m"].Value;
        var month = int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? m
            : ExtractionLexicon.Months.GetValueOrDefault(monthText.TrimEnd('.'));
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape));
}
