using System.Globalization;

namespace AiWatch.Core.Ingestion;

/// <summary>Dates known to the year, the month or the day ("2025", "2025-02", "2025-02-14").</summary>
public static class PartialDate
{
    /// <summary>The first day the partial date covers, or null when it is absent or malformed.</summary>
    public static DateOnly? FirstDay(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var format = value.Length switch { 4 => "yyyy", 7 => "yyyy-MM", 10 => "yyyy-MM-dd", _ => null };
        return format is not null && DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
