using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering.Charts;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Actors;

/// <summary>The actors most often named in the same sentences as one actor, summed over all articles.</summary>
public static class Related
{
    public static async Task<IReadOnlyList<Neighbour>> LoadAsync(AiWatchDbContext db, int actorId, int limit, CancellationToken ct)
    {
        var pairs = await db.CoMentions.AsNoTracking()
            .Where(c => c.ActorAId == actorId || c.ActorBId == actorId)
            .GroupBy(c => c.ActorAId == actorId ? c.ActorBId : c.ActorAId)
            .Select(g => new { OtherId = g.Key, Count = g.Sum(c => c.SentenceCount) })
            .ToListAsync(ct);
        var top = pairs.OrderByDescending(p => p.Count).ThenBy(p => p.OtherId).Take(limit).ToList();
        var ids = top.Select(p => p.OtherId).ToList();
        var actors = await db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => new ActorRef(a.Slug, a.Name), ct);
        return top.Where(p => actors.ContainsKey(p.OtherId)).Select(p => new Neighbour(actors[p.OtherId], p.Count)).ToList();
    }
}
