using System.Globalization;
using AiWatch.Core.Model;

namespace AiWatch.Web.Rendering;

/// <summary>French wording of stored values: event types, actor kinds, dates, amounts.</summary>
public static class Labels
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly Dictionary<string, string> EventTypeNames = new()
    {
        ["lawsuit"] = "Procès",
        ["bid"] = "Offre de rachat",
        ["acquisition"] = "Acquisition",
        ["investment"] = "Investissement",
        ["partnership"] = "Partenariat",
        ["infrastructure"] = "Infrastructure",
        ["valuation"] = "Valorisation",
        ["launch"] = "Lancement",
        ["regulation"] = "Régulation",
        ["settlement"] = "Accord amiable",
    };

    public static string EventType(string type) => EventTypeNames.GetValueOrDefault(type, type);

    public static string Kind(ActorKind kind) => kind == ActorKind.Person ? "Personne" : "Organisation";

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", French) ?? "date inconnue";

    /// <summary>The month of a date, as a heading: "mars 2025".</summary>
    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", French);

    /// <summary>An event's own date as precise as the text gave it ("2025", "mars 2025", "3 mars 2025").</summary>
    public static string PartialDate(string? date, DateOnly? start) => (date?.Length, start) switch
    {
        (4, _) => date!,
        (7, { } s) => Month(s),
        (10, { } s) => Date(s),
        _ => date ?? "",
    };

    /// <summary>When an event happened: its own date as precise as the text gave it, else the article's date.</summary>
    public static string EventWhen(string? date, DateOnly? start, DateOnly? articleDate) =>
        date is null ? Date(articleDate) : PartialDate(date, start);

    public static string Money(decimal value, string currency)
    {
        var (scaled, unit) = value switch
        {
            >= 1_000_000_000m => (value / 1_000_000_000m, "milliard"),
            >= 1_000_000m => (value / 1_000_000m, "million"),
            _ => (value, ""),
        };
        // French puts the plural from two on: "1,5 milliard", "2 milliards".
        var words = unit.Length == 0 ? "" : scaled >= 2 ? $" {unit}s" : $" {unit}";
        var symbol = currency switch { "EUR" => "€", "USD" => "$", "GBP" => "£", _ => currency };
        return $"{scaled.ToString("0.##", French)}{words} {symbol}";
    }
}
