using AiWatch.Web.Pages.Shared;
using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Rendering.Charts;

/// <summary>A dot on the lane chart: when, which actors' lanes, where it links (the evidence sentence), what it says.</summary>
public sealed record LanePoint(DateOnly When, IReadOnlyList<string> ActorSlugs, string Link, string Label);

/// <summary>One lane per actor, time across, a dot per event linking to its sentence, a tick per month (per year over long spans).</summary>
public static class TimelineLanes
{
    public const int MaxLanes = 12;

    public static IHtmlContent Render(IReadOnlyList<ActorRef> lanes, IReadOnlyList<LanePoint> points, string label, string pathBase = "")
    {
        const double width = 760, left = 130, right = 12, laneHeight = 26, axis = 24;
        var height = Math.Max(1, lanes.Count) * laneHeight + axis;
        var svg = new Svg(pathBase);
        if (points.Count == 0 || lanes.Count == 0)
        {
            return svg.Render("lanes", width, height, label);
        }
        var first = new DateOnly(points.Min(p => p.When).Year, points.Min(p => p.When).Month, 1);
        var last = points.Max(p => p.When);
        var end = new DateOnly(last.Year, last.Month, 1).AddMonths(1);
        var span = Math.Max(1, end.DayNumber - first.DayNumber);
        double X(DateOnly day) => left + (width - left - right) * (day.DayNumber - first.DayNumber) / span;

        var months = (end.Year - first.Year) * 12 + end.Month - first.Month;
        var everyYear = months > 24;
        for (var tick = first; tick <= end; tick = tick.AddMonths(1))
        {
            if (everyYear && tick.Month != 1 && tick != first)
            {
                continue;
            }
            svg.Add($"<line class=\"tick\" x1=\"{Svg.Num(X(tick))}\" y1=\"0\" x2=\"{Svg.Num(X(tick))}\" y2=\"{Svg.Num(height - axis)}\"/>");
            if (tick < end)
            {
                svg.Text(X(tick) + 2, height - 8, tick.ToString(everyYear ? "yyyy" : "MMM yy", Labels.French), "axis-label");
            }
        }
        for (var i = 0; i < lanes.Count; i++)
        {
            var y = i * laneHeight + laneHeight / 2;
            svg.Add($"<line class=\"lane\" x1=\"{left}\" y1=\"{Svg.Num(y)}\" x2=\"{width - right}\" y2=\"{Svg.Num(y)}\"/>");
            svg.Link($"/actors/{lanes[i].Slug}", lanes[i].Name, $"<text class=\"lane-label\" x=\"{left - 8}\" y=\"{Svg.Num(y + 4)}\" text-anchor=\"end\">{Svg.Encode(lanes[i].Name)}</text>");
            foreach (var point in points.Where(p => p.ActorSlugs.Contains(lanes[i].Slug)))
            {
                svg.Link(point.Link, point.Label, $"<circle class=\"dot\" cx=\"{Svg.Num(X(point.When))}\" cy=\"{Svg.Num(y)}\" r=\"5\"/>");
            }
        }
        return svg.Render("lanes", width, height, label);
    }
}
