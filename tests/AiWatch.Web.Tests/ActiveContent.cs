using AngleSharp.Dom;

namespace AiWatch.Web.Tests;

/// <summary>
/// What the app's Content-Security-Policy (script-src 'none', style-src 'self') would block, and what would run if
/// it were ever relaxed: a script or style element, an event-handler attribute, a style attribute, a javascript: URL.
/// A page with any of these is broken for its readers (the browser drops it) or a hole waiting for a weaker policy.
/// </summary>
public static class ActiveContent
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"];

    public static IEnumerable<string> Problems(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("script, style, iframe, object, embed"))
        {
            yield return $"<{element.LocalName}> element: {Excerpt(element.OuterHtml)}";
        }
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"event handler {attribute.Name} on <{element.LocalName}>";
                }
                else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"inline style on <{element.LocalName}>";
                }
                else if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsScriptUrl(attribute.Value))
                {
                    yield return $"script URL in {attribute.Name} of <{element.LocalName}>: {Excerpt(attribute.Value)}";
                }
            }
        }
    }

    /// <summary>Browsers ignore leading spaces and control characters and the case of the scheme.</summary>
    private static bool IsScriptUrl(string value)
    {
        var url = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
