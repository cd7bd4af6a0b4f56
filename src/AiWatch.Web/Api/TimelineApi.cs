using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Timeline;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Api;

/// <summary>
/// /api/timeline: events grouped across articles (one entry per happening, with all its sources), in the order they
/// happened; the same filters as the page (?type= and ?actor= repeatable, ?from=/?to= as yyyy-mm-dd), paged.
/// </summary>
public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (HttpRequest request, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
        {
            var (page, errors) = Paging.Read(request, options.Value.PageSize);
            var filter = EventFilter.Read(request.Query, out var problems);
            if (ApiEndpoints.Invalid(errors, problems) is { } invalid)
            {
                return invalid;
            }
            var groups = await GroupedEvents.PageAsync(db, filter, page.Skip, page.PageSize, newestFirst: false, ct);
            return Results.Ok(new PagedResult<EventGroupRow>(page.Page, page.PageSize, groups.Total, groups.Rows));
        });
        return group;
    }
}
