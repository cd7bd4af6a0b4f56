using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Pages.Actors;

/// <summary>
/// Renders an actor's Markdown profile. Admins write it, but it is still treated as untrusted: raw HTML is not
/// passed through (DisableHtml), and a link or image to anything but http(s) or a relative path loses its URL.
/// </summary>
public static class Profile
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public static IHtmlContent? ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }
            if (!link.IsImage)
            {
                link.GetAttributes().AddProperty("rel", "noopener noreferrer");
            }
        }
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !IsSafe(l.Url)))
        {
            link.Url = "";
        }
        return new HtmlString(document.ToHtml(Pipeline));
    }

    /// <summary>http, https, or a path on this site; "javascript:", "data:" and protocol-relative "//host" are not.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\", StringComparison.Ordinal))
        {
            return false;
        }
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            return absolute.Scheme is "http" or "https";
        }
        // No scheme at all: a relative link. Anything with a colon before the first slash is a scheme in disguise.
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (slash >= 0 && slash < colon);
    }
}
