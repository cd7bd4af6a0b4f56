namespace AiWatch.Core.Extraction;

/// <summary>Entry point of content extraction: picks the HTML or plain-text extractor. Pure.</summary>
public static class ContentExtractor
{
    public static ExtractedArticle Extract(RawDocument document) => Extract(document, SiteRules.Empty);

    /// <summary>Extraction with per-site overrides: the rule of the document's domain, if any, names the body.</summary>
    public static ExtractedArticle Extract(RawDocument document, SiteRules rules) => document.IsHtml
        ? HtmlArticleExtractor.Extract(document.Content, document.Url, rules.For(document.Url))
        : TextArticleExtractor.Extract(document.Content, document.Url);
}
