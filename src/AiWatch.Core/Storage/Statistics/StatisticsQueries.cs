using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage.Statistics;

/// <summary>An actor's mentions by name on one day.</summary>
public sealed record DayCount(int ActorId, DateOnly Day, int Count);

/// <summary>The amounts of an actor's events in one currency: their sum and how many events carry one.</summary>
public sealed record CurrencyTotal(string Currency, decimal Total, int Events);

/// <summary>Reads of the pre-aggregated statistics (<see cref="StatisticsUpdater"/>).</summary>
public static class StatisticsQueries
{
    /// <summary>Per-day mentions by name of the given actors from <paramref name="from"/> on.</summary>
    public static async Task<IReadOnlyList<DayCount>> MentionDaysAsync(this AiWatchDbContext db, IReadOnlyCollection<int> actorIds, DateOnly from, CancellationToken ct = default)
    {
        var ids = actorIds.ToList();
        return await db.ActorDailyMentions.AsNoTracking()
            .Where(d => ids.Contains(d.ActorId) && d.Day >= from)
            .Select(d => new DayCount(d.ActorId, d.Day, d.Count))
            .ToListAsync(ct);
    }

    /// <summary>The last day the actor was named on, if ever in a dated article.</summary>
    public static async Task<DateOnly?> LastMentionDayAsync(this AiWatchDbContext db, int actorId, CancellationToken ct = default) =>
        await db.ActorDailyMentions.Where(d => d.ActorId == actorId).OrderByDescending(d => d.Day).Select(d => (DateOnly?)d.Day).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The amounts of the timeline entries the actor takes part in, summed per currency, largest first (amounts in
    /// different currencies are never added). Read from the covering index (ActorId, AmountCurrency, AmountValue).
    /// </summary>
    public static async Task<IReadOnlyList<CurrencyTotal>> ActorStakesAsync(this AiWatchDbContext db, int actorId, CancellationToken ct = default)
    {
        var totals = await RawSql.ListAsync(db, @"SELECT AmountCurrency, sum(AmountValue), count(*) FROM TimelineActors
                WHERE ActorId = $actor AND AmountCurrency IS NOT NULL AND AmountValue IS NOT NULL GROUP BY AmountCurrency",
            [("$actor", actorId)], reader => new CurrencyTotal(reader.GetString(0), (decimal)reader.GetDouble(1), reader.GetInt32(2)), ct);
        return totals.OrderByDescending(t => t.Total).ToList();
    }
}
