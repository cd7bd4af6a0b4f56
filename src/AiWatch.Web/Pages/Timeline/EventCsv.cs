using System.Globalization;

namespace AiWatch.Web.Pages.Timeline;

/// <summary>Grouped events as CSV rows: the timeline's export and a dossier's use the same columns.</summary>
public static class EventCsv
{
    public static readonly string[] Header = ["date", "date_approx", "type", "acteurs", "montant", "devise", "conditionnel", "sources", "phrase", "lien"];

    /// <param name="baseUrl">Scheme and host: a spreadsheet needs absolute links.</param>
    public static IEnumerable<IReadOnlyList<string?>> Rows(IEnumerable<EventGroupRow> groups, string baseUrl) => groups.Select(g => (IReadOnlyList<string?>)
    [
        g.Date ?? g.When?.ToString("yyyy-MM-dd"), g.DateApproximate ? "oui" : "non", g.Type, string.Join(" ; ", g.Actors.Select(a => a.Name)),
        g.AmountValue?.ToString(CultureInfo.InvariantCulture), g.AmountCurrency, g.Hedged ? "oui" : "non",
        g.ReportCount.ToString(CultureInfo.InvariantCulture), g.Lead.Evidence, baseUrl + g.Lead.Link,
    ]);
}
