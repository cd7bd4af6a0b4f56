using Microsoft.AspNetCore.Mvc;

namespace AiWatch.Web.Rendering;

/// <summary>
/// Links built in code ("/articles/5#sentence-3") are paths inside the app; on a page they need the base path the
/// app runs under ("/aiwatch" behind a proxy). Literal links in a view use "~/" instead, which Razor resolves.
/// </summary>
public static class LocalLinks
{
    public static string Local(this IUrlHelper url, string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) ? url.ActionContext.HttpContext.Request.PathBase + path : path;
}
