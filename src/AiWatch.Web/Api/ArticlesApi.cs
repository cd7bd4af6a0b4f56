using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using Microsoft.Extensions.Options;
using ArticleDetails = AiWatch.Web.Pages.Articles.Details;
using ArticleIndex = AiWatch.Web.Pages.Articles.Index;

namespace AiWatch.Web.Api;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (HttpRequest request, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
        {
            var (page, errors) = Paging.Read(request, options.Value.PageSize);
            return errors is not null ? ApiEndpoints.BadPaging(errors) : Results.Ok(await ArticleIndex.LoadAsync(db, page, ct));
        });
        group.MapGet("/{id:int}", async (int id, AiWatchDbContext db, CancellationToken ct) =>
            await ArticleDetails.LoadAsync(db, id, ct) is { } article ? Results.Ok(article) : ApiEndpoints.NotFound($"No article {id}."));
        return group;
    }
}
