using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage;

/// <summary>An actor named together with another: in how many sentences, across how many articles.</summary>
public sealed record RelatedActor(int ActorId, string Slug, string Name, int SentenceCount, int ArticleCount);

/// <summary>Which actors appear together (co-mentions: both named in the same sentence).</summary>
public static class CoMentionQueries
{
    /// <summary>The actors most often named with <paramref name="actorId"/>: most shared sentences first, then most articles.</summary>
    public static async Task<IReadOnlyList<RelatedActor>> RelatedActorsAsync(this AiWatchDbContext db, int actorId, int limit = 10, CancellationToken ct = default)
    {
        // The per-pair sums of the statistics (ActorPairs), not the millions of per-article co-mentions.
        var counts = await db.ActorPairs
            .Where(p => p.ActorAId == actorId || p.ActorBId == actorId)
            .Select(p => new { ActorId = p.ActorAId == actorId ? p.ActorBId : p.ActorAId, p.Sentences, p.Articles })
            .OrderByDescending(g => g.Sentences).ThenByDescending(g => g.Articles).ThenBy(g => g.ActorId)
            .Take(Math.Clamp(limit, 1, 200))
            .ToListAsync(ct);
        var actors = await ActorsAsync(db, counts.Select(c => c.ActorId), ct);
        return counts.Select(c => actors[c.ActorId] with { SentenceCount = c.Sentences, ArticleCount = c.Articles }).ToList();
    }

    private static async Task<Dictionary<int, RelatedActor>> ActorsAsync(AiWatchDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Actors.AsNoTracking().Where(a => wanted.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new RelatedActor(a.Id, a.Slug, a.Name, 0, 0), ct);
    }
}
