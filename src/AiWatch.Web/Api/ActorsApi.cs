using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Actors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ActorDetails = AiWatch.Web.Pages.Actors.Details;
using ActorIndex = AiWatch.Web.Pages.Actors.Index;

namespace AiWatch.Web.Api;

public static class ActorsApi
{
    public static RouteGroupBuilder MapActorsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (AiWatchDbContext db, CancellationToken ct) => Results.Ok(await ActorIndex.LoadAsync(db, ct)));
        // As the dossier page: the newest PageSize rows of each list; ?all= pages through one of them, 200 rows at a time.
        group.MapGet("/{slug}", async (string slug, string? all, int? page, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
        {
            if (all is not null && !ActorDetails.Sections.Contains(all))
            {
                return ApiEndpoints.BadRequest("all", $"'all' must be one of: {string.Join(", ", ActorDetails.Sections)}.");
            }
            if (page is < 1 or > Paging.MaxPage)
            {
                return ApiEndpoints.BadRequest("page", $"'page' must be a whole number from 1 to {Paging.MaxPage}.");
            }
            var window = new ActorDetails.Window(options.Value.PageSize, all, page ?? 1);
            return await ActorDetails.LoadAsync(db, slug, window, ct) is { } actor ? Results.Ok(actor) : ApiEndpoints.NotFound($"No actor '{slug}'.");
        });
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
