using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using Microsoft.Extensions.Options;
using AiWatch.Web.Pages.Search;
using AiWatch.Web.Pages.Shared;

namespace AiWatch.Web.Api;

public static class SearchApi
{
    /// <summary>Same search, filters and facets as /search; snippets keep the U+E000/U+E001 markers for the client to render.</summary>
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (string? q, HttpRequest request, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
        {
            var (page, errors) = Paging.Read(request, options.Value.PageSize);
            var filter = SearchFilter.Read(request.Query, out var problems);
            if (ApiEndpoints.Invalid(errors, problems) is { } invalid)
            {
                return invalid;
            }
            var result = await SearchEngine.RunAsync(db, QueryText.Clean(q), filter, page, ct);
            // Links are paths on this server: under a base path ("/aiwatch"), they carry it.
            var items = result.Page.Map(row => row with { Link = request.PathBase + row.Link }).Items;
            return Results.Ok(new { result.Page.Page, result.Page.PageSize, result.Page.Total, Items = items, result.Facets });
        });
        return group;
    }
}
