using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Rendering.Charts;

/// <summary>How many mentions fell in one week (weeks start on Monday).</summary>
public sealed record WeekCount(DateOnly Week, int Count);

/// <summary>Weekly counts: bucketing and the bar chart of an actor's mention volume.</summary>
public static class WeeklyVolume
{
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// Every week (empty weeks as zero) from the first date to the last, at most <paramref name="maxWeeks"/> ending at the
    /// last; with <paramref name="end"/>, exactly the <paramref name="maxWeeks"/> weeks ending there, so charts line up.
    /// </summary>
    public static IReadOnlyList<WeekCount> Bucket(IEnumerable<DateOnly> days, int maxWeeks, DateOnly? end = null) =>
        Bucket(days.Select(day => (day, 1)), maxWeeks, end);

    /// <summary>As above, from per-day counts (the mention statistics) instead of one date per mention.</summary>
    public static IReadOnlyList<WeekCount> Bucket(IEnumerable<(DateOnly Day, int Count)> days, int maxWeeks, DateOnly? end = null)
    {
        var counts = days.GroupBy(d => WeekOf(d.Day)).ToDictionary(g => g.Key, g => g.Sum(d => d.Count));
        if (counts.Count == 0 && end is null)
        {
            return [];
        }
        var last = WeekOf(end ?? counts.Keys.Max());
        var earliest = last.AddDays(-7 * (maxWeeks - 1));
        var first = end is null && counts.Keys.Min() > earliest ? counts.Keys.Min() : earliest;
        var weeks = new List<WeekCount>();
        for (var week = first; week <= last; week = week.AddDays(7))
        {
            weeks.Add(new WeekCount(week, counts.GetValueOrDefault(week)));
        }
        return weeks;
    }

    /// <summary>Figures in words, for the aria-label and the text under the chart.</summary>
    public static string Describe(IReadOnlyList<WeekCount> weeks, string what)
    {
        if (weeks.Count == 0)
        {
            return $"{what} : aucune donnée datée.";
        }
        var peak = weeks.MaxBy(w => w.Count)!;
        // "21 en 12 semaines", not "21 sur 12 semaines", which reads as 21 weeks out of 12.
        return $"{what} : {weeks.Sum(w => w.Count)} en {weeks.Count} semaine(s), du {Labels.Date(weeks[0].Week)} au {Labels.Date(weeks[^1].Week.AddDays(6))} ; " +
               $"pic de {peak.Count} la semaine du {Labels.Date(peak.Week)}.";
    }

    public static IHtmlContent BarChart(IReadOnlyList<WeekCount> weeks, string label)
    {
        const double width = 640, height = 140, left = 28, bottom = 22, top = 8;
        var svg = new Svg();
        if (weeks.Count > 0)
        {
            var max = Math.Max(1, weeks.Max(w => w.Count));
            var slot = (width - left) / weeks.Count;
            var plot = height - bottom - top;
            svg.Text(left - 4, top + 8, max.ToString(Labels.French), "axis-label", "end");
            svg.Text(left - 4, height - bottom, "0", "axis-label", "end");
            svg.Add($"<line class=\"axis\" x1=\"{left}\" y1=\"{Svg.Num(height - bottom)}\" x2=\"{width}\" y2=\"{Svg.Num(height - bottom)}\"/>");
            for (var i = 0; i < weeks.Count; i++)
            {
                var (week, count) = (weeks[i].Week, weeks[i].Count);
                var barHeight = plot * count / max;
                var x = left + i * slot;
                svg.Add($"<rect class=\"bar\" x=\"{Svg.Num(x + slot * 0.1)}\" y=\"{Svg.Num(height - bottom - barHeight)}\" width=\"{Svg.Num(Math.Max(1, slot * 0.8))}\" height=\"{Svg.Num(barHeight)}\">" +
                        $"<title>Semaine du {Svg.Encode(Labels.Date(week))} : {count}</title></rect>");
                // A tick for each month that starts in this week, so the axis reads without a legend.
                if (i == 0 || week.Month != weeks[i - 1].Week.Month)
                {
                    svg.Text(x, height - 6, week.ToString("MMM yy", Labels.French), "axis-label");
                }
            }
        }
        return svg.Render("volume", width, height, label);
    }
}
