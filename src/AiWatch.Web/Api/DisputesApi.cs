using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using Microsoft.Extensions.Options;
using DisputeDetails = AiWatch.Web.Pages.Disputes.Details;
using DisputeIndex = AiWatch.Web.Pages.Disputes.Index;

namespace AiWatch.Web.Api;

/// <summary>/api/disputes (paged, most recent first, each with its latest move) and /api/disputes/{slug} (every move in order).</summary>
public static class DisputesApi
{
    public static RouteGroupBuilder MapDisputesApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (HttpRequest request, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
        {
            var (page, errors) = Paging.Read(request, options.Value.PageSize);
            return errors is not null ? ApiEndpoints.BadPaging(errors) : Results.Ok(await DisputeIndex.LoadAsync(db, page, ct));
        });
        group.MapGet("/{slug}", async (string slug, AiWatchDbContext db, CancellationToken ct) =>
            await DisputeDetails.LoadAsync(db, slug, ct) is { } dispute ? Results.Ok(dispute) : ApiEndpoints.NotFound($"No dispute '{slug}'."));
        return group;
    }
}
