using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Rendering.Charts;

/// <summary>A word-sized line of weekly counts, drawn next to a name; the label carries the figures in words.</summary>
public static class Sparkline
{
    public const double Width = 96;
    public const double Height = 20;

    public static IHtmlContent Render(IReadOnlyList<int> values, string label)
    {
        var svg = new Svg();
        if (values.Count > 0)
        {
            var max = Math.Max(1, values.Max());
            var step = values.Count == 1 ? 0 : (Width - 2) / (values.Count - 1);
            var points = values.Select((v, i) => $"{Svg.Num(1 + i * step)},{Svg.Num(Height - 2 - (Height - 4) * v / max)}");
            svg.Add($"<polyline class=\"spark-line\" fill=\"none\" points=\"{string.Join(' ', points)}\"/>");
        }
        return svg.Render("sparkline", Width, Height, label);
    }
}
