using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage;

/// <summary>An actor named together with another: in how many sentences, across how many articles.</summary>
public sealed record RelatedActor(int ActorId, string Slug, string Name, int SentenceCount, int ArticleCount);

/// <summary>Two actors named together; <see cref="A"/> has the lower id.</summary>
public sealed record ActorPair(RelatedActor A, RelatedActor B, int SentenceCount, int ArticleCount);

/// <summary>Which actors appear together (co-mentions: both named in the same sentence).</summary>
public static class CoMentionQueries
{
    /// <summary>The actors most often named with <paramref name="actorId"/>: most shared sentences first, then most articles.</summary>
    public static async Task<IReadOnlyList<RelatedActor>> RelatedActorsAsync(this AiWatchDbContext db, int actorId, int limit = 10, CancellationToken ct = default)
    {
        var counts = await db.CoMentions
            .Where(c => c.ActorAId == actorId || c.ActorBId == actorId)
            .Select(c => new { Other = c.ActorAId == actorId ? c.ActorBId : c.ActorAId, c.SentenceCount })
            .GroupBy(c => c.Other)
            .Select(g => new { ActorId = g.Key, Sentences = g.Sum(c => c.SentenceCount), Articles = g.Count() })
            .OrderByDescending(g => g.Sentences).ThenByDescending(g => g.Articles).ThenBy(g => g.ActorId)
            .Take(Math.Clamp(limit, 1, 200))
            .ToListAsync(ct);
        var actors = await ActorsAsync(db, counts.Select(c => c.ActorId), ct);
        return counts.Select(c => actors[c.ActorId] with { SentenceCount = c.Sentences, ArticleCount = c.Articles }).ToList();
    }

    /// <summary>The pairs of actors most often named together in the whole corpus.</summary>
    public static async Task<IReadOnlyList<ActorPair>> TopActorPairsAsync(this AiWatchDbContext db, int limit = 20, CancellationToken ct = default)
    {
        var counts = await db.CoMentions
            .GroupBy(c => new { c.ActorAId, c.ActorBId })
            .Select(g => new { g.Key.ActorAId, g.Key.ActorBId, Sentences = g.Sum(c => c.SentenceCount), Articles = g.Count() })
            .OrderByDescending(g => g.Sentences).ThenByDescending(g => g.Articles).ThenBy(g => g.ActorAId).ThenBy(g => g.ActorBId)
            .Take(Math.Clamp(limit, 1, 200))
            .ToListAsync(ct);
        var actors = await ActorsAsync(db, counts.SelectMany(c => new[] { c.ActorAId, c.ActorBId }), ct);
        return counts.Select(c => new ActorPair(actors[c.ActorAId], actors[c.ActorBId], c.Sentences, c.Articles)).ToList();
    }

    private static async Task<Dictionary<int, RelatedActor>> ActorsAsync(AiWatchDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Actors.AsNoTracking().Where(a => wanted.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new RelatedActor(a.Id, a.Slug, a.Name, 0, 0), ct);
    }
}
