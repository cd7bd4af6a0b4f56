using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Actors;
using Microsoft.EntityFrameworkCore;
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
        group.MapGet("/{slug}/related", async (string slug, int? limit, AiWatchDbContext db, CancellationToken ct) =>
        {
            if (limit is < 1 or > 50)
            {
                return ApiEndpoints.BadRequest("limit", "'limit' must be a whole number from 1 to 50.");
            }
            var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Slug, a.Name }).SingleOrDefaultAsync(ct);
            return actor is null
                ? ApiEndpoints.NotFound($"No actor '{slug}'.")
                : Results.Ok(new { actor.Slug, actor.Name, Related = await Related.LoadAsync(db, actor.Id, limit ?? ActorDetails.NetworkSize, ct) });
        });
        return group;
    }
}
