using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Rendering;

/// <summary>HTML of a sentence's segments, written without any whitespace of its own so the text reads exactly as stored.</summary>
public static class SegmentHtml
{
    public static IHtmlContent Render(IEnumerable<Segment> segments)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            if (segment.ActorSlug is null)
            {
                html.Append(segment.Text);
                continue;
            }
            html.AppendHtml("<a class=\"mention\" href=\"/actors/")
                .Append(segment.ActorSlug)
                .AppendHtml("\" title=\"")
                .Append(segment.ActorName ?? "")
                .AppendHtml("\">")
                .Append(segment.Text)
                .AppendHtml("</a>");
        }
        return html;
    }
}
