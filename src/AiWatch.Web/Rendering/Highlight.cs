using AiWatch.Core.Storage;
using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Rendering;

/// <summary>Turns a search snippet into HTML: its text encoded, its hits (between U+E000 and U+E001) in &lt;mark&gt;.</summary>
public static class Highlight
{
    public static IHtmlContent ToHtml(string snippet)
    {
        var html = new HtmlContentBuilder();
        var inHit = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            var atEnd = i == snippet.Length;
            if (!atEnd && snippet[i] != SearchQueries.HighlightStart && snippet[i] != SearchQueries.HighlightEnd)
            {
                continue;
            }
            // Append() encodes; only the tags themselves go in raw.
            html.Append(snippet[start..i]);
            if (!atEnd)
            {
                var opens = snippet[i] == SearchQueries.HighlightStart;
                if (opens != inHit)
                {
                    html.AppendHtml(opens ? "<mark>" : "</mark>");
                    inHit = opens;
                }
            }
            start = i + 1;
        }
        if (inHit)
        {
            html.AppendHtml("</mark>");
        }
        return html;
    }
}
