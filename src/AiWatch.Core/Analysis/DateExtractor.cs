using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>A date found in the text: <paramref name="Value"/> is "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
public sealed record DateMatch(string Value, int Start, int Length)
{
    /// <summary>
    /// The date was worked out from the article's date: a relative phrase ("l'an prochain", "il y a quelques
    /// mois"), a weekday, or a month without its year ("en février").
    /// </summary>
    public bool Approximate { get; init; }
}

/// <summary>
/// Dates in French: "23 novembre 2024", "1er octobre 2025", "samedi 27 septembre", "novembre 2024",
/// "en 2015", "en février", "l'an prochain", "ce mois-ci", "jeudi". Dates without a year, weekdays and
/// relative phrases are resolved against the article's date, and dropped when the article has none.
/// A bare weekday or "cette semaine" is given to the month only, as the day cannot be told for sure.
/// </summary>
public static class DateExtractor
{
    private static readonly Lazy<Regex> Pattern = new(Build);

    public static IReadOnlyList<DateMatch> Extract(string text, DateOnly? published) => Extract(FoldedText.Of(text), published);

    public static IReadOnlyList<DateMatch> Extract(FoldedText folded, DateOnly? published)
    {
        var lexicon = FrenchLexicon.Instance;
        var dates = new List<DateMatch>();
        foreach (Match m in Pattern.Value.Matches(folded.Value))
        {
            var value = Resolve(m, lexicon, published);
            if (value is not null)
            {
                var (start, length) = folded.ToOriginal(m.Index, m.Length);
                var approximate = m.Groups["relative"].Success || m.Groups["weekday"].Success || !m.Groups["year"].Success;
                dates.Add(new DateMatch(value, start, length) { Approximate = approximate });
            }
        }
        return dates;
    }

    private static string? Resolve(Match m, FrenchLexicon lexicon, DateOnly? published)
    {
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : published?.Year;
        if (m.Groups["relative"].Success)
        {
            if (published is null)
            {
                return null;
            }
            var r = lexicon.RelativeDates.First(d => d.Phrase == m.Groups["relative"].Value.ToLowerInvariant());
            var date = r.Month is { } month ? Season(published.Value, month, r.Direction) : published.Value.AddYears(r.Years).AddMonths(r.Months).AddDays(r.Days);
            return Format(date.Year, r.Precision == "year" ? null : date.Month, r.Precision == "day" ? date.Day : null);
        }
        if (m.Groups["month"].Success)
        {
            if (year is null)
            {
                return null;
            }
            var month = lexicon.Months[m.Groups["month"].Value.ToLowerInvariant()];
            int? day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value) : null;
            if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year.Value, month)))
            {
                return null;
            }
            return Format(year.Value, month, day);
        }
        if (m.Groups["weekday"].Success)
        {
            return published is null ? null : Format(published.Value.Year, published.Value.Month, null);
        }
        return year is null ? null : Format(year.Value, null, null);
    }

    /// <summary>"cet été" → July of the article's year; "l'été dernier" → the latest July before the article's month.</summary>
    private static DateOnly Season(DateOnly published, int month, string? direction)
    {
        var year = published.Year;
        if (direction == "past" && month >= published.Month)
        {
            year--;
        }
        else if (direction == "next" && month <= published.Month)
        {
            year++;
        }
        return new DateOnly(year, month, 1);
    }

    private static string Format(int year, int? month, int? day) =>
        month is null ? $"{year:D4}" : day is null ? $"{year:D4}-{month:D2}" : $"{year:D4}-{month:D2}-{day:D2}";

    // samedi 27 septembre 2024 | 1er octobre 2025 | novembre 2024 | en février | 2015 | l'an prochain | jeudi
    private static Regex Build()
    {
        var lexicon = FrenchLexicon.Instance;
        string Alt(IEnumerable<string> items) => string.Join("|", items.OrderByDescending(x => x.Length).Select(Regex.Escape));
        var months = Alt(lexicon.Months.Keys);
        var weekdays = Alt(lexicon.Weekdays);
        var relative = Alt(lexicon.RelativeDates.Select(r => r.Phrase));
        var year = @"(?<year>(?:19|20)\d{2})(?![\w-])";
        return new Regex(
            $@"(?<![\w-])(?:" +
            $@"(?:(?i:{weekdays})\s+)?(?<day>\d{{1,2}})(?:er)?\s+(?<month>{months})(?:\s+{year})?(?!\w)" +
            // "1er et jeudi 2 octobre 2025": the first day takes the month and year of the second.
            $@"|(?:(?i:{weekdays})\s+)?(?<day>\d{{1,2}})(?:er)?(?=\s+et\s+(?:(?i:{weekdays})\s+)?\d{{1,2}}(?:er)?\s+(?<month>{months})(?:\s+{year})?(?!\w))" +
            $@"|(?<month>{months})(?:\s+{year}|(?!\w))" +
            $@"|(?<relative>(?i:{relative}))(?!\w)" +
            $@"|(?<weekday>(?i:{weekdays}))(?!\w)(?!\s+\d)" +
            $@"|(?<![\d,.] ?){year}(?!\s*(?:%|\$|€|(?i:milliards?|millions?)))" +
            ")",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
