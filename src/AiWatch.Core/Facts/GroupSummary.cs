namespace AiWatch.Core.Facts;

/// <summary>One stored report of a group: its event and article ids and what it says.</summary>
public sealed record GroupMember(int EventId, int ArticleId, EventReport Report);

/// <summary>What an event group shows for all its reports.</summary>
public sealed record GroupSummary(
    string? Date,
    DateOnly? DateStart,
    decimal? AmountValue,
    string? AmountCurrency,
    bool Hedged,
    string ActorSlugs,
    int SourceCount)
{
    /// <summary>
    /// Summarises the reports (at least one): the most precise date (an exact date before an approximate one,
    /// then day before month before year, then the date most reports give), the amount most reports give (the
    /// earliest report breaks ties), hedged only while every report is, the participants in the earliest
    /// report's order (agent first), and how many distinct articles report it.
    /// </summary>
    public static GroupSummary Of(IReadOnlyCollection<GroupMember> members)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("A group summary needs at least one report.", nameof(members));
        }
        var ordered = members.OrderBy(m => m.EventId).ToList();
        var date = ordered
            .Where(m => Ingestion.PartialDate.FirstDay(m.Report.Date) is not null)
            .GroupBy(m => (m.Report.Date!, m.Report.DateApproximate))
            .OrderBy(g => g.Key.DateApproximate)
            .ThenByDescending(g => g.Key.Item1.Length)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Item1, StringComparer.Ordinal)
            .Select(g => g.Key.Item1)
            .FirstOrDefault();
        var amount = ordered
            .Where(m => m.Report.AmountValue is not null)
            .GroupBy(m => (Value: m.Report.AmountValue!.Value, Currency: m.Report.AmountCurrency))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().EventId)
            .Select(g => ((decimal Value, string? Currency)?)g.Key)
            .FirstOrDefault();
        return Chosen(date, amount, ordered.All(m => m.Report.Hedged), ordered[0].Report.ActorSlugs, ordered.Select(m => m.ArticleId).Distinct().Count());
    }

    /// <summary>A summary from what was chosen: the date as written, the amount, the first report's participants.</summary>
    internal static GroupSummary Chosen(string? date, (decimal Value, string? Currency)? amount, bool hedged, IEnumerable<string> firstActors, int sourceCount) =>
        new(date, Ingestion.PartialDate.FirstDay(date), amount?.Value, amount?.Currency, hedged, string.Join(",", firstActors), sourceCount);
}
