namespace AiWatch.Web.Hosting;

/// <summary>
/// The site only shows data: anything but GET and HEAD is refused with 405 before it reaches a page, where
/// Razor Pages would answer a POST with an antiforgery 400 and the API fallback with a 404. The admin pages
/// (/admin/…) are the exception: their forms post, with antiforgery tokens.
/// </summary>
public static class ReadOnlyRequests
{
    public static IApplicationBuilder UseReadOnlyRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || context.Request.Path.StartsWithSegments("/admin"))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        await context.Response.WriteAsync("Méthode non autorisée : ce site se consulte en lecture seule (GET).");
    });
}
