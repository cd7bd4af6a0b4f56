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
