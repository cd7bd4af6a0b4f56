using AngleSharp.Html.Parser;

namespace AiWatch.Core.Extraction;

/// <summary>Main-content extraction from HTML with AngleSharp. Pure: HTML in, article out.</summary>
public static class HtmlArticleExtractor
{
    public static ExtractedArticle Extract(string html, string? url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title;
        var paragraphs = document.QuerySelectorAll("p")
            .Select(p => p.TextContent.Trim())
            .Where(t => t.Length > 0);
        return new ExtractedArticle(url, url, title, null, null, document.DocumentElement.GetAttribute("lang"), string.Join("\n", paragraphs));
    }
}
