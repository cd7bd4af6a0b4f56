using AiWatch.Core.Facts;

namespace AiWatch.Core.Tests.Facts;

public sealed class EventMatcherTests
{
    // Each row: two reports "type|actors|date|approximate|amount currency|published" and whether they tell one happening.
    [Theory]
    [InlineData("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01", "lawsuit|elon-musk,openai|2024-02-29|0||2024-03-02", true)]
    [InlineData("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01", "lawsuit|openai,elon-musk|2024-02-29|0||2024-03-02", true)]
    [InlineData("lawsuit|elon-musk,openai|2024-02|0||2024-03-01", "lawsuit|elon-musk,openai|2024-02-29|0||2024-03-02", true)]
    [InlineData("lawsuit|elon-musk,openai|2024|0||2024-03-01", "lawsuit|elon-musk,openai|2024-02-29|0||2024-03-02", true)]
    [InlineData("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01", "lawsuit|elon-musk,openai|2024-08-05|0||2024-08-06", false)]
    [InlineData("lawsuit|elon-musk,openai|2024-03|0||2024-03-01", "lawsuit|elon-musk,openai|2024-08|0||2024-08-06", false)]
    [InlineData("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01", "bid|elon-musk,openai|2024-02-29|0||2024-03-01", false)]
    [InlineData("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01", "lawsuit|elon-musk,openai,microsoft|2024-02-29|0||2024-03-01", false)]
    [InlineData("lawsuit|||0||2024-03-01", "lawsuit|||0||2024-03-01", false)]
    [InlineData("lawsuit|elon-musk,openai||0||2024-03-01", "lawsuit|elon-musk,openai||0||2024-03-20", true)]
    [InlineData("lawsuit|elon-musk,openai||0||2024-03-01", "lawsuit|elon-musk,openai||0||2024-06-20", false)]
    [InlineData("lawsuit|elon-musk,openai||0||", "lawsuit|elon-musk,openai||0||", false)]
    [InlineData("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01", "lawsuit|elon-musk,openai||0||2024-03-10", true)]
    [InlineData("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01", "lawsuit|elon-musk,openai||0||2024-09-10", false)]
    [InlineData("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01", "lawsuit|elon-musk,openai||0||", false)]
    [InlineData("bid|elon-musk,openai|2025-02-10|0|97400000000 USD|2025-02-11", "bid|elon-musk,openai|2025-02|0|97000000000 USD|2025-02-12", true)]
    [InlineData("bid|elon-musk,openai|2025-02-10|0|97400000000 USD|2025-02-11", "bid|elon-musk,openai|2025-02|0|100000000000 USD|2025-02-12", true)]
    [InlineData("bid|elon-musk,openai|2025-02-10|0|97400000000 USD|2025-02-11", "bid|elon-musk,openai|2025-02|0|2000000000 USD|2025-02-12", false)]
    [InlineData("bid|elon-musk,openai|2025-02-10|0|97400000000 USD|2025-02-11", "bid|elon-musk,openai|2025-02|0|93000000000 EUR|2025-02-12", true)]
    [InlineData("bid|elon-musk,openai|2025-02-10|0|97400000000 USD|2025-02-11", "bid|elon-musk,openai|2025-02-10|0||2025-02-12", true)]
    [InlineData("investment|softbank,openai|2025-06|1||2025-03-01", "investment|softbank,openai|2025-04-15|0||2025-04-16", true)]
    [InlineData("investment|softbank,openai|2025-06|0||2025-03-01", "investment|softbank,openai|2025-04-15|0||2025-04-16", false)]
    [InlineData("investment|softbank,openai|2025|1||2025-03-01", "investment|softbank,openai|2026-02|0||2026-02-16", true)]
    [InlineData("investment|softbank,openai|2025|1||2025-03-01", "investment|softbank,openai|2026-08|0||2026-08-16", false)]
    public void Two_reports_tell_one_happening_or_two(string first, string second, bool same)
    {
        Assert.Equal(same, EventMatcher.SameHappening(Parse(first), Parse(second)));
        Assert.Equal(same, EventMatcher.SameHappening(Parse(second), Parse(first)));
    }

    [Fact]
    public void The_participant_key_ignores_order_and_repeats()
    {
        Assert.Equal("elon-musk,openai", EventMatcher.ParticipantKey(["openai", "elon-musk", "openai"]));
    }

    [Fact]
    public void Every_report_of_the_same_happening_touches_the_window_of_the_other()
    {
        // Window/Probe only rule groups out before SameHappening: they must never rule out a real match.
        var random = new Random(6);
        var reports = Enumerable.Range(0, 400).Select(_ => RandomReport(random)).ToList();
        var matches = 0;
        foreach (var a in reports)
        {
            foreach (var b in reports.Where(b => EventMatcher.SameHappening(a, b)))
            {
                matches++;
                Assert.True(EventMatcher.Window(a).Overlaps(EventMatcher.Probe(b)), $"{a} / {b}");
            }
        }
        Assert.True(matches > 1000, $"only {matches} matching pairs: the sample does not exercise the windows");
    }

    [Fact]
    public void The_window_rules_out_reports_months_apart()
    {
        var member = Parse("lawsuit|elon-musk,openai|2024-02-29|0||2024-03-01");

        Assert.False(EventMatcher.Window(member).Overlaps(EventMatcher.Probe(Parse("lawsuit|elon-musk,openai|2024-08-05|0||2024-08-06"))));
        Assert.False(EventMatcher.Window(member).Overlaps(EventMatcher.Probe(Parse("lawsuit|elon-musk,openai||0||2024-09-10"))));
        Assert.False(EventMatcher.Window(Parse("lawsuit|elon-musk,openai||0||")).Overlaps(EventMatcher.Probe(member)));
    }

    private static EventReport RandomReport(Random random)
    {
        var day = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 500));
        var date = random.Next(5) switch
        {
            0 => null,
            1 => day.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            2 => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            _ => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        DateOnly? published = random.Next(10) == 0 ? null : day.AddDays(random.Next(-60, 120));
        return new EventReport("lawsuit", ["elon-musk", "openai"], date, random.Next(4) == 0, null, null, Hedged: false, published);
    }

    internal static EventReport Parse(string row)
    {
        var f = row.Split('|');
        var amount = f[4].Length == 0 ? null : f[4].Split(' ');
        return new EventReport(
            f[0],
            f[1].Split(',', StringSplitOptions.RemoveEmptyEntries),
            f[2].Length == 0 ? null : f[2],
            f[3] == "1",
            amount is null ? null : decimal.Parse(amount[0], System.Globalization.CultureInfo.InvariantCulture),
            amount?[1],
            Hedged: false,
            f[5].Length == 0 ? null : DateOnly.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture));
    }
}
