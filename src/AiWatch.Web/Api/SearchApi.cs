using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using Microsoft.Extensions.Options;
using SearchIndex = AiWatch.Web.Pages.Search.Index;

namespace AiWatch.Web.Api;

public static class SearchApi
{
    /// <summary>Same search as /search; snippets keep the U+E000/U+E001 markers for the client to render.</summary>
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (string? q, HttpRequest request, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
        {
            var (page, errors) = Paging.Read(request, options.Value.PageSize);
            return errors is not null ? ApiEndpoints.BadPaging(errors) : Results.Ok(await SearchIndex.LoadAsync(db, q?.Trim() ?? "", page, ct));
        });
        return group;
    }
}
