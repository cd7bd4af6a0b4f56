namespace AiWatch.Web.Rendering;

/// <summary>What to call an article on screen when its copy has no headline.</summary>
public static class ArticleTitles
{
    /// <summary>
    /// The headline, or "Sans titre · file-or-page-name": a whole URL is too long to read in a list and
    /// would not wrap on a phone.
    /// </summary>
    public static string Display(string? title, string url)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title;
        }
        var name = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/') ?? uri.Host
            : url;
        return string.IsNullOrEmpty(name) ? "Sans titre" : $"Sans titre · {Uri.UnescapeDataString(name)}";
    }
}
