using AiWatch.Core.Storage;
using ActorDetails = AiWatch.Web.Pages.Actors.Details;
using ActorIndex = AiWatch.Web.Pages.Actors.Index;

namespace AiWatch.Web.Api;

public static class ActorsApi
{
    public static RouteGroupBuilder MapActorsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (AiWatchDbContext db, CancellationToken ct) => Results.Ok(await ActorIndex.LoadAsync(db, ct)));
        group.MapGet("/{slug}", async (string slug, AiWatchDbContext db, CancellationToken ct) =>
            await ActorDetails.LoadAsync(db, slug, ct) is { } actor ? Results.Ok(actor) : ApiEndpoints.NotFound($"No actor '{slug}'."));
        return group;
    }
}
