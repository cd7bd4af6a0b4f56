using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering.Charts;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Html;

namespace AiWatch.Web.Tests.Rendering.Charts;

public sealed class ChartsTests
{
    private static IElement Parse(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var document = BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content($"<body>{writer}</body>")).Result;
        return document.QuerySelector("svg")!;
    }

    [Fact]
    public void Sparkline_has_one_point_per_week_and_its_label()
    {
        var svg = Parse(Sparkline.Render([0, 2, 4], "Mentions <par> semaine"));

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Mentions <par> semaine", svg.GetAttribute("aria-label"));
        Assert.Equal("Mentions <par> semaine", svg.QuerySelector("title")?.TextContent);
        // The highest value touches the top margin, zero the bottom one.
        Assert.Equal("1,18 48,10 95,2", svg.QuerySelector("polyline")?.GetAttribute("points"));
    }

    [Fact]
    public void Weeks_start_on_monday_and_empty_weeks_count_zero()
    {
        var weeks = WeeklyVolume.Bucket([new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 9), new DateOnly(2025, 3, 19)], 52);

        Assert.Equal([(new DateOnly(2025, 3, 3), 2), (new DateOnly(2025, 3, 10), 0), (new DateOnly(2025, 3, 17), 1)], weeks.Select(w => (w.Week, w.Count)));
    }

    [Fact]
    public void A_fixed_end_gives_exactly_the_weeks_asked_for()
    {
        var weeks = WeeklyVolume.Bucket([new DateOnly(2024, 1, 1), new DateOnly(2025, 3, 5)], 4, new DateOnly(2025, 3, 5));

        Assert.Equal(4, weeks.Count);
        Assert.Equal(new DateOnly(2025, 3, 3), weeks[^1].Week);
        Assert.Equal(1, weeks.Sum(w => w.Count));
    }

    [Fact]
    public void Network_puts_neighbours_on_a_circle_linked_with_edges_by_count()
    {
        var svg = Parse(NetworkGraph.Render(new ActorRef("openai", "OpenAI"),
            [new Neighbour(new ActorRef("elon-musk", "Elon Musk"), 4), new Neighbour(new ActorRef("softbank", "SoftBank"), 1)], "Réseau"));

        Assert.Equal(["/actors/elon-musk", "/actors/softbank"], svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var widths = svg.QuerySelectorAll("line.edge").Select(l => double.Parse(l.GetAttribute("stroke-width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(widths[0] > widths[1]);
        // The first neighbour sits straight above the centre.
        var first = svg.QuerySelector("a circle")!;
        Assert.Equal(first.GetAttribute("cx"), (NetworkGraph.Size / 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Lanes_draw_a_dot_per_actor_of_each_event()
    {
        var svg = Parse(TimelineLanes.Render([new ActorRef("a", "A"), new ActorRef("b", "B")],
            [new LanePoint(new DateOnly(2025, 1, 10), ["a", "b"], "/articles/1#sentence-0", "Procès"), new LanePoint(new DateOnly(2025, 3, 2), ["b"], "/articles/2#sentence-1", "Offre")],
            "Frise"));

        Assert.Equal(3, svg.QuerySelectorAll("circle.dot").Length);
        Assert.Equal(3, svg.QuerySelectorAll("line.tick").Length - 1);
        Assert.Contains("/articles/2#sentence-1", svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Weekly_volume_says_the_total_over_its_weeks_and_the_peak()
    {
        var weeks = new[] { new WeekCount(new DateOnly(2024, 9, 2), 9), new WeekCount(new DateOnly(2024, 9, 9), 12) };

        var sentence = WeeklyVolume.Describe(weeks, "Mentions de OpenAI par semaine");

        Assert.Equal("Mentions de OpenAI par semaine : 21 en 2 semaine(s), du 2 septembre 2024 au 15 septembre 2024 ; "
            + "pic de 12 la semaine du 9 septembre 2024.", sentence);
    }
}
