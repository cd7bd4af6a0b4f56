using AiWatch.Web.Pages.Shared;
using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Rendering.Charts;

/// <summary>An actor named together with the centre actor, and in how many sentences.</summary>
public sealed record Neighbour(ActorRef Actor, int Count);

/// <summary>
/// A star graph laid out on the server: the actor in the centre, its most co-mentioned actors on a circle, edge width
/// by count. Every node is a link to its dossier, so the graph works without script.
/// </summary>
public static class NetworkGraph
{
    public const double Size = 360;

    public static IHtmlContent Render(ActorRef centre, IReadOnlyList<Neighbour> neighbours, string label, string pathBase = "")
    {
        var svg = new Svg(pathBase);
        const double c = Size / 2, radius = Size / 2 - 56;
        var max = Math.Max(1, neighbours.Select(n => n.Count).DefaultIfEmpty(1).Max());
        var spots = neighbours.Select((n, i) =>
        {
            // Start at the top and go clockwise.
            var angle = 2 * Math.PI * i / neighbours.Count - Math.PI / 2;
            return (n, X: c + radius * Math.Cos(angle), Y: c + radius * Math.Sin(angle));
        }).ToList();
        foreach (var (n, x, y) in spots)
        {
            svg.Add($"<line class=\"edge\" x1=\"{c}\" y1=\"{c}\" x2=\"{Svg.Num(x)}\" y2=\"{Svg.Num(y)}\" stroke-width=\"{Svg.Num(1 + 7.0 * n.Count / max)}\"/>");
        }
        foreach (var (n, x, y) in spots)
        {
            var anchor = Math.Abs(x - c) < 1 ? "middle" : x > c ? "start" : "end";
            var dx = anchor == "start" ? 12 : anchor == "end" ? -12 : 0;
            var dy = anchor == "middle" ? (y < c ? -14 : 22) : 4;
            svg.Link($"/actors/{n.Actor.Slug}", $"{n.Actor.Name} : {n.Count} phrase(s) en commun",
                $"<circle class=\"node\" cx=\"{Svg.Num(x)}\" cy=\"{Svg.Num(y)}\" r=\"8\"/>" +
                $"<text class=\"node-label\" x=\"{Svg.Num(x + dx)}\" y=\"{Svg.Num(y + dy)}\" text-anchor=\"{anchor}\">{Svg.Encode(n.Actor.Name)}</text>");
        }
        svg.Add($"<circle class=\"node centre\" cx=\"{c}\" cy=\"{c}\" r=\"12\"/>");
        svg.Text(c, c + 28, centre.Name, "node-label centre-label", "middle");
        return svg.Render("network", Size, Size, label);
    }
}
