using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering.Charts;

namespace AiWatch.Web.Pages.Actors;

/// <summary>The actors most often named in the same sentences as one actor, summed over all articles.</summary>
public static class Related
{
    public static async Task<IReadOnlyList<Neighbour>> LoadAsync(AiWatchDbContext db, int actorId, int limit, CancellationToken ct)
    {
        var related = await db.RelatedActorsAsync(actorId, limit, ct);
        return related.Select(r => new Neighbour(new ActorRef(r.Slug, r.Name), r.SentenceCount)).ToList();
    }
}
