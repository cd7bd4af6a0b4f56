namespace AiWatch.Web.Hosting;

/// <summary>
/// Headers that keep a page from being framed, sniffed or made to run script. The app has no JavaScript and no
/// inline style, so the policy can forbid both outright: text from scraped articles can never become active content.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Set when the response starts rather than when the request comes in: a middleware that clears the response
    /// on its way (the exception handler does, before rendering the error page) cannot strip them from a 4xx or 5xx.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            // frame-ancestors says it to current browsers; X-Frame-Options to those that predate CSP level 2.
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
