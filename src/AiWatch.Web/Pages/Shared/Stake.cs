using AiWatch.Web.Pages.Timeline;

namespace AiWatch.Web.Pages.Shared;

/// <summary>An amount involved, summed over some events in one currency (amounts in different currencies are never added).</summary>
public sealed record Stake(string Currency, decimal Total, int Events)
{
    public static IReadOnlyList<Stake> Sum(IEnumerable<EventGroupRow> events) => events
        .Where(e => e.AmountValue is not null && e.AmountCurrency is not null)
        .GroupBy(e => e.AmountCurrency!)
        .Select(g => new Stake(g.Key, g.Sum(e => e.AmountValue!.Value), g.Count()))
        .OrderByDescending(s => s.Total)
        .ToList();
}
