using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage.Statistics;

/// <summary>
/// The pre-aggregated statistics (per-actor mention counts by total, day and article, co-mention sums per pair,
/// timeline entries with their actors). Triggers keep them current on every write (<see cref="StatisticsSql"/>),
/// so writers call nothing; <see cref="RebuildAsync"/> recomputes them all from the fact tables.
/// </summary>
public static class StatisticsUpdater
{
    /// <summary>
    /// Recomputes every statistic from the fact tables in one transaction: after the migration that created
    /// them, after a bulk load that bypassed the triggers, or to check them (the result must equal what the
    /// triggers maintained).
    /// </summary>
    public static async Task RebuildAsync(AiWatchDbContext db, CancellationToken ct = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Database.ExecuteSqlRawAsync(StatisticsSql.Rebuild, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }
}
