using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Rendering.Charts;

/// <summary>
/// The shared frame of every chart: an inline &lt;svg role="img"&gt; with an aria-label and a &lt;title&gt;, so a screen
/// reader announces what it shows. Colours come from classes in site.css (the CSP forbids inline style).
/// </summary>
/// <param name="pathBase">The app's base path ("/aiwatch" behind a proxy, else empty), put before every link.</param>
internal sealed class Svg(string pathBase = "")
{
    private readonly StringBuilder body = new();

    public static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public Svg Add(string markup)
    {
        body.Append(markup);
        return this;
    }

    public Svg Text(double x, double y, string text, string cssClass, string anchor = "start") =>
        Add($"<text x=\"{Num(x)}\" y=\"{Num(y)}\" class=\"{cssClass}\" text-anchor=\"{anchor}\">{Encode(text)}</text>");

    /// <summary>A link around a shape; the title inside names the target for hover and screen readers.</summary>
    /// <param name="path">A path inside the app, "/actors/openai".</param>
    public Svg Link(string path, string title, string shape) =>
        Add($"<a href=\"{Encode(pathBase + path)}\"><title>{Encode(title)}</title>{shape}</a>");

    public IHtmlContent Render(string cssClass, double width, double height, string label) => new HtmlString(
        $"<svg class=\"chart {cssClass}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Num(width)} {Num(height)}\" " +
        $"width=\"{Num(width)}\" height=\"{Num(height)}\" role=\"img\" aria-label=\"{Encode(label)}\"><title>{Encode(label)}</title>{body}</svg>");
}
