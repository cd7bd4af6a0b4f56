using System.Globalization;
using System.Text.RegularExpressions;

namespace AiWatch.Core.Feeds;

/// <summary>
/// Dates of RSS (RFC 822, as written in the wild) and Atom / Dublin Core (RFC 3339). An unreadable date is null:
/// a feed item is still worth fetching without one.
/// </summary>
public static partial class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // Zone names RFC 822 allows, plus the central European ones French feeds write.
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["CET"] = 1, ["CEST"] = 2, ["MET"] = 1, ["MEST"] = 2,
    };

    // "Tue, 12 Nov 2026 08:30:00 +0100", "12 Nov 26 08:30 GMT", "Tue, 12 Nov 2026 8:30:00 GMT+1"
    [GeneratedRegex(@"^(?:[A-Za-z]+,?\s*)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})[A-Za-z]*\.?\s+(?<year>\d{2}|\d{4})\s+(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?\s*(?<zone>[A-Za-z]{1,4})?\s*(?<offset>[+-]\d{1,2}(?::?\d{2})?)?$")]
    private static partial Regex Rfc822();

    public static DateTimeOffset? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        return ParseRfc822(value) ?? ParseRfc3339(value);
    }

    private static DateTimeOffset? ParseRfc822(string value)
    {
        var match = Rfc822().Match(value);
        if (!match.Success)
        {
            return null;
        }
        var month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
        var offset = Offset(match.Groups["zone"].Value, match.Groups["offset"].Value);
        if (month == 0 || offset is null)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        // RFC 822 two-digit years: RFC 2822 reads 00–49 as 20xx.
        year += year < 50 ? 2000 : year < 100 ? 1900 : 0;
        try
        {
            return new DateTimeOffset(year, month, Int(match, "day"), Int(match, "h"), Int(match, "m"),
                match.Groups["s"].Success ? Int(match, "s") : 0, offset.Value).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The offset of "GMT", "+0100", "GMT+1", "+01:00" or nothing (read as UTC); null for an unknown zone name.</summary>
    private static TimeSpan? Offset(string zone, string offset)
    {
        var hours = 0;
        if (zone.Length > 0 && !ZoneHours.TryGetValue(zone, out hours))
        {
            return null;
        }
        if (offset.Length == 0)
        {
            return TimeSpan.FromHours(hours);
        }
        var digits = offset[1..].Replace(":", "");
        var (h, m) = digits.Length <= 2 ? (int.Parse(digits, CultureInfo.InvariantCulture), 0)
            : (int.Parse(digits[..^2], CultureInfo.InvariantCulture), int.Parse(digits[^2..], CultureInfo.InvariantCulture));
        var sign = offset[0] == '-' ? -1 : 1;
        var total = TimeSpan.FromHours(hours) + sign * new TimeSpan(h, m, 0);
        return total.Duration() <= TimeSpan.FromHours(14) ? total : null;
    }

    private static DateTimeOffset? ParseRfc3339(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.ToUniversalTime() : null;

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
