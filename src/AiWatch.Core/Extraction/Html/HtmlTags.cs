using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>Tag families the extraction steps share.</summary>
internal static class HtmlTags
{
    /// <summary>Never content: removed before anything is scored.</summary>
    public static readonly HashSet<string> NonContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "applet",
        "button", "select", "textarea", "option", "optgroup", "datalist", "label", "fieldset", "legend",
        "link", "meta", "head", "title", "nav", "menu", "dialog", "audio", "video", "source", "track",
        "map", "area", "math", "frame", "frameset", "output", "progress", "meter",
    };

    /// <summary>Elements that break text into separate lines.</summary>
    public static readonly HashSet<string> Block = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    public static bool IsBlock(IElement element) => Block.Contains(element.LocalName);

    /// <summary>
    /// True when the element wraps an embedded post (tweet, Instagram, Bluesky): the article quotes it, although
    /// the wrapper's class says "social" or "media".
    /// </summary>
    public static bool HoldsQuotedPost(IElement element) =>
        element.LocalName != "aside"
        && element.QuerySelector("blockquote[class*='tweet'], blockquote[class*='instagram'], blockquote[class*='bluesky']") is not null;
}
