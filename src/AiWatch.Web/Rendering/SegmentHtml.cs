using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Rendering;

/// <summary>HTML of a sentence's segments, written without any whitespace of its own so the text reads exactly as stored.</summary>
public static class SegmentHtml
{
    /// <param name="pathBase">The app's base path ("/aiwatch" behind a proxy, else empty), before every link.</param>
    public static IHtmlContent Render(IEnumerable<Segment> segments, string pathBase = "")
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            if (segment.ActorSlug is null)
            {
                html.Append(segment.Text);
                continue;
            }
            // An epithet is styled apart and says in its title that it is a description, not the name.
            html.AppendHtml(segment.Epithet ? "<a class=\"mention epithet\" href=\"" : "<a class=\"mention\" href=\"")
                .Append($"{pathBase}/actors/{segment.ActorSlug}")
                .AppendHtml("\" title=\"")
                .Append(segment.Epithet ? $"{segment.ActorName} (périphrase)" : segment.ActorName ?? "")
                .AppendHtml("\">")
                .Append(segment.Text)
                .AppendHtml("</a>");
        }
        return html;
    }
}
