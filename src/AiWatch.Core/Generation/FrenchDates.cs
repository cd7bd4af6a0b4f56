using System.Globalization;

namespace AiWatch.Core.Generation;

/// <summary>Dates and counts as French copy writes them: "le 1er mars 2025", "le 3 mars", "1 200".</summary>
public static class FrenchDates
{
    private static SharedData Words => GeneratorData.Instance.Shared;

    /// <summary>"le 3 mars 2025", "le 1er mars" (the year left out as a report of the same year would).</summary>
    public static string OnDay(DateOnly date, bool withYear) => Words.OnDay.Replace("{day}", Day(date, withYear));

    /// <summary>"en mars".</summary>
    public static string InMonth(int month) => Words.InMonth.Replace("{month}", Words.Months[month - 1]);

    /// <summary>"3 mars 2025", "1er mars 2025".</summary>
    public static string Day(DateOnly date, bool withYear = true)
    {
        var day = date.Day == 1 ? Words.FirstOfMonth : date.Day.ToString(CultureInfo.InvariantCulture);
        var text = $"{day} {Words.Months[date.Month - 1]}";
        return withYear ? $"{text} {date.Year.ToString(CultureInfo.InvariantCulture)}" : text;
    }

    /// <summary>"Publié le 3 mars 2025 à 10h31" (or "à 10:31", as sites differ).</summary>
    public static string Dateline(DateOnly date, TimeOnly time, bool colon) => GeneratorData.Instance.Page.Dateline
        .Replace("{date}", Day(date))
        .Replace("{time}", $"{time.Hour:00}{(colon ? ":" : "h")}{time.Minute:00}");

    /// <summary>A head count with a no-break space between thousands: "1 200".</summary>
    public static string Count(int value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u00A0');
}
