namespace AiWatch.Web.Api;

public static class ApiEndpoints
{
    /// <summary>The read-only JSON API under /api: the same data as the pages, camelCase.</summary>
    public static IEndpointRouteBuilder MapAiWatchApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGroup("/articles").MapArticlesApi();
        api.MapGroup("/actors").MapActorsApi();
        api.MapFactsApi();
        api.MapGroup("/search").MapSearchApi();
        api.MapGroup("/timeline").MapTimelineApi();
        api.MapGroup("/disputes").MapDisputesApi();
        // Unknown API paths (and ids that fail a route constraint, like /api/articles/abc) answer in JSON too.
        endpoints.MapFallback("/api/{**path}", (string? path) => NotFound($"No API route /api/{path}."));
        return endpoints;
    }

    /// <summary>A 404 with a body, so the HTML status page does not replace it.</summary>
    public static IResult NotFound(string what) =>
        TypedResults.Problem(title: "Not found", detail: what, statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, title: "Invalid parameter");

    /// <summary>A 400 listing paging errors and the filter's problems together, or null when there are none.</summary>
    public static IResult? Invalid(Dictionary<string, string[]>? paging, IReadOnlyList<string> filterProblems)
    {
        if (filterProblems.Count > 0)
        {
            (paging ??= [])["filter"] = [.. filterProblems];
        }
        return paging is null ? null : TypedResults.ValidationProblem(paging, title: "Invalid parameters");
    }

    public static IResult BadPaging(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid paging parameters");
}
