using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiWatch.Web.Hosting;

/// <summary>
/// GET and HEAD everywhere; POST only to a page with a POST handler (the sign-in and admin forms, where Razor Pages
/// checks the antiforgery token); 405 for anything else, the API included, which is read-only. Runs after routing,
/// which has matched the request to its page by then.
/// </summary>
public static class RequestMethods
{
    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var method = context.Request.Method;
        // An error or status page re-executed after a failed POST keeps the POST method: it must still render.
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || IsReExecuted(context))
        {
            await next(context);
            return;
        }
        var acceptsPost = AcceptsPost(context.GetEndpoint());
        if (HttpMethods.IsPost(method) && acceptsPost)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = acceptsPost ? "GET, HEAD, POST" : "GET, HEAD";
        await context.Response.WriteAsync("Méthode non autorisée : seuls les formulaires du site acceptent un envoi (POST) ; le reste se consulte en lecture seule.");
    });

    private static bool IsReExecuted(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    private static bool AcceptsPost(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.HandlerMethods
            .Any(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)) == true;
}
