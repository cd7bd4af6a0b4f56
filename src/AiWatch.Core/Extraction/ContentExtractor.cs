namespace AiWatch.Core.Extraction;

/// <summary>Entry point of content extraction: picks the HTML or plain-text extractor. Pure.</summary>
public static class ContentExtractor
{
    public static ExtractedArticle Extract(RawDocument document) => document.IsHtml
        ? HtmlArticleExtractor.Extract(document.Content, document.Url)
        : TextArticleExtractor.Extract(document.Content, document.Url);
}
