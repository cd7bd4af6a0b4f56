using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Facts;

/// <summary>What the cross-article steps changed: event groups and disputes.</summary>
public sealed record FactIndexChange(RowChanges Groups, RowChanges Disputes)
{
    public static readonly FactIndexChange None = new(RowChanges.None, RowChanges.None);

    public static FactIndexChange operator +(FactIndexChange a, FactIndexChange b) => new(a.Groups + b.Groups, a.Disputes + b.Disputes);
}

/// <summary>
/// The cross-article facts built from each article's own facts: event groups and disputes. Called once a
/// changed article's facts are saved, at start-up to catch up, and after articles are deleted.
/// </summary>
public static class FactIndex
{
    /// <summary>
    /// Groups the article's events through the database (a changed article's; a new one is grouped from memory by
    /// <see cref="EventGrouping.AssignNewAsync"/>), repairing the groups replaced facts left, and says whether the
    /// disputes need a rebuild, which the caller may do once for many articles. The cache is cleared after replaced
    /// facts, whose groups lost reports.
    /// </summary>
    public static async Task<(RowChanges Groups, bool DisputesAffected)> GroupArticleAsync(AiWatchDbContext db, int articleId, bool replacedFacts, EventGroupCache cache, CancellationToken ct = default)
    {
        if (replacedFacts)
        {
            cache.Clear();
        }
        var groups = await EventGrouping.AssignAsync(db, articleId, [], cache, ct);
        if (replacedFacts)
        {
            groups += await EventGrouping.RepairAsync(db, ct);
        }
        db.ChangeTracker.Clear();
        return (groups, replacedFacts || await OpposesActorsAsync(db, articleId, ct));
    }

    private static async Task<bool> OpposesActorsAsync(AiWatchDbContext db, int articleId, CancellationToken ct)
    {
        var adversarial = DisputeRules.AdversarialEventTypes.ToList();
        return await db.Events.AnyAsync(e => e.ArticleId == articleId && adversarial.Contains(e.Type), ct)
            || await db.Claims.AnyAsync(c => c.ArticleId == articleId && c.TargetActorId != null, ct);
    }

    /// <summary>
    /// Groups the events stored before grouping existed (or whose grouping was interrupted), article by article,
    /// then rebuilds disputes. Writes nothing when every event has its group and disputes are current.
    /// </summary>
    public static async Task<FactIndexChange> CatchUpAsync(AiWatchDbContext db, DateTime now, CancellationToken ct = default)
    {
        var articleIds = await db.Events.Where(e => e.GroupId == null).Select(e => e.ArticleId).Distinct().OrderBy(id => id).ToListAsync(ct);
        var groups = RowChanges.None;
        foreach (var articleId in articleIds)
        {
            groups += await EventGrouping.AssignAsync(db, articleId, [], ct);
            db.ChangeTracker.Clear();
        }
        groups += await EventGrouping.RepairAsync(db, ct);
        var disputes = await DisputeBuilder.RebuildAsync(db, now, ct);
        db.ChangeTracker.Clear();
        return new FactIndexChange(groups, disputes);
    }

    /// <summary>After articles were deleted (their events with them): shrinks or deletes their groups and disputes.</summary>
    public static async Task<FactIndexChange> AfterArticlesRemovedAsync(AiWatchDbContext db, DateTime now, CancellationToken ct = default)
    {
        var groups = await EventGrouping.RepairAsync(db, ct);
        var disputes = await DisputeBuilder.RebuildAsync(db, now, ct);
        db.ChangeTracker.Clear();
        return new FactIndexChange(groups, disputes);
    }
}
