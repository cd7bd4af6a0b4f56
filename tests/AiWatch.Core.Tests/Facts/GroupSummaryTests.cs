using AiWatch.Core.Facts;

namespace AiWatch.Core.Tests.Facts;

public sealed class GroupSummaryTests
{
    [Fact]
    public void The_summary_keeps_the_most_precise_exact_date_and_counts_distinct_articles()
    {
        var summary = GroupSummary.Of([
            Member(1, 10, "lawsuit|elon-musk,openai|2024|0||2024-03-01"),
            Member(2, 11, "lawsuit|openai,elon-musk|2024-02-29|0||2024-03-02"),
            Member(3, 11, "lawsuit|elon-musk,openai|2024-02|0||2024-03-02"),
            Member(4, 12, "lawsuit|elon-musk,openai|2024-03-01|1||2024-03-04"),
        ]);

        Assert.Equal("2024-02-29", summary.Date);
        Assert.Equal(new DateOnly(2024, 2, 29), summary.DateStart);
        Assert.Equal("elon-musk,openai", summary.ActorSlugs);
        Assert.Equal(3, summary.SourceCount);
    }

    [Fact]
    public void The_amount_most_reports_give_wins_and_the_earliest_breaks_ties()
    {
        var majority = GroupSummary.Of([
            Member(1, 10, "bid|elon-musk,openai|2025-02|0|97000000000 USD|2025-02-11"),
            Member(2, 11, "bid|elon-musk,openai|2025-02|0|97400000000 USD|2025-02-11"),
            Member(3, 12, "bid|elon-musk,openai|2025-02|0|97400000000 USD|2025-02-12"),
            Member(4, 13, "bid|elon-musk,openai|2025-02|0||2025-02-12"),
        ]);
        var tie = GroupSummary.Of([
            Member(5, 10, "bid|elon-musk,openai|2025-02|0|97000000000 USD|2025-02-11"),
            Member(6, 11, "bid|elon-musk,openai|2025-02|0|97400000000 USD|2025-02-11"),
        ]);

        Assert.Equal((97_400_000_000m, "USD"), (majority.AmountValue, majority.AmountCurrency));
        Assert.Equal((97_000_000_000m, "USD"), (tie.AmountValue, tie.AmountCurrency));
    }

    [Fact]
    public void A_group_is_hedged_only_while_every_report_is()
    {
        var firm = Member(2, 11, "bid|elon-musk,openai|2025-02|0||2025-02-11");
        var hedged = Member(1, 10, "bid|elon-musk,openai|2025-02|0||2025-02-11");
        hedged = hedged with { Report = hedged.Report with { Hedged = true } };

        Assert.True(GroupSummary.Of([hedged]).Hedged);
        Assert.False(GroupSummary.Of([hedged, firm]).Hedged);
    }

    [Fact]
    public void A_group_of_undated_reports_has_no_date()
    {
        var summary = GroupSummary.Of([Member(1, 10, "lawsuit|elon-musk,openai||0||2024-03-01")]);

        Assert.Null(summary.Date);
        Assert.Null(summary.DateStart);
        Assert.Null(summary.AmountValue);
    }

    private static GroupMember Member(int eventId, int articleId, string report) => new(eventId, articleId, EventMatcherTests.Parse(report));
}
