using System.Globalization;
using AiWatch.Core.Storage;
using AiWatch.Web.Api;
using AiWatch.Web.Rendering;

namespace AiWatch.Web.Pages.Timeline;

/// <summary>Grouped events as CSV rows: the timeline's export and a dossier's use the same columns.</summary>
public static class EventCsv
{
    public static readonly string[] Header = ["date", "date_approx", "type", "acteurs", "montant", "devise", "conditionnel", "sources", "phrase", "lien"];

    /// <param name="baseUrl">Scheme and host: a spreadsheet needs absolute links.</param>
    public static IReadOnlyList<string?> Row(EventGroupRow g, string baseUrl) =>
    [
        g.Date ?? g.When?.ToString("yyyy-MM-dd"), g.DateApproximate ? "oui" : "non", g.Type, string.Join(" ; ", g.Actors.Select(a => a.Name)),
        g.AmountValue?.ToString(CultureInfo.InvariantCulture), g.AmountCurrency, g.Hedged ? "oui" : "non",
        g.ReportCount.ToString(CultureInfo.InvariantCulture), g.Lead.Evidence, baseUrl + g.Lead.Link,
    ];

    /// <summary>Every group matching <paramref name="filter"/>, in <paramref name="newestFirst"/> order, loaded a page at a time.</summary>
    public static CsvStream Download(string fileName, AiWatchDbContext db, EventFilter filter, bool newestFirst, string baseUrl, CancellationToken ct) =>
        new(fileName, Header, ExportPages.AllAsync(
            async (skip, take) => (await GroupedEvents.PageAsync(db, filter, skip, take, newestFirst, ct)).Rows,
            g => Row(g, baseUrl)));
}
