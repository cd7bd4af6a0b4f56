using System.Globalization;
using AiWatch.Core.Facts;

namespace AiWatch.Core.Tests.Facts;

public sealed class GroupTallyTests
{
    [Fact]
    public void The_running_summary_equals_the_summary_of_all_reports_after_every_join()
    {
        var random = new Random(17);
        for (var group = 0; group < 40; group++)
        {
            var tally = new GroupTally();
            for (var eventId = 1; eventId <= 60; eventId++)
            {
                tally.Add(new GroupMember(eventId * 3, random.Next(1, 25), RandomReport(random)));

                Assert.Equal(GroupSummary.Of(tally.Members.ToList()), tally.Summary());
            }
        }
    }

    [Fact]
    public void A_group_admits_a_report_exactly_when_it_tells_the_happening_of_every_member()
    {
        var random = new Random(23);
        var (admitted, refused) = (0, 0);
        for (var group = 0; group < 200; group++)
        {
            var tally = new GroupTally();
            foreach (var report in Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomReport(random)))
            {
                tally.Add(new GroupMember(tally.Members.Count + 1, 1, report));
            }
            var newcomer = RandomReport(random);

            var expected = tally.Members.All(m => EventMatcher.SameHappening(m.Report, newcomer));
            Assert.Equal(expected, tally.Admits(MatchTerms.Of(newcomer)));
            (admitted, refused) = expected ? (admitted + 1, refused) : (admitted, refused + 1);
        }
        Assert.True(admitted > 20 && refused > 20, $"{admitted} admitted, {refused} refused: the sample does not exercise both");
    }

    [Fact]
    public void A_report_out_of_id_order_still_gives_the_summary_of_all_reports()
    {
        var tally = new GroupTally();
        tally.Add(new GroupMember(5, 10, EventMatcherTests.Parse("bid|elon-musk,openai|2025-02|0|97000000000 USD|2025-02-11")));
        tally.Add(new GroupMember(2, 11, EventMatcherTests.Parse("bid|openai,elon-musk|2025-02|0|97400000000 USD|2025-02-11")));

        var summary = tally.Summary();

        Assert.Equal(GroupSummary.Of(tally.Members.ToList()), summary);
        Assert.Equal("openai,elon-musk", summary.ActorSlugs);
        Assert.Equal(97_400_000_000m, summary.AmountValue);
    }

    [Fact]
    public void A_provisional_id_replaced_by_the_stored_one_keeps_the_summary()
    {
        var tally = new GroupTally();
        var stored = new GroupMember(7, 10, EventMatcherTests.Parse("bid|elon-musk,openai|2025-02|0|97000000000 USD|2025-02-11"));
        var provisional = new GroupMember(int.MaxValue, 11, EventMatcherTests.Parse("bid|openai,elon-musk|2025-02-10|0|97400000000 USD|2025-02-12"));
        tally.Add(stored);
        tally.Add(provisional);
        var before = tally.Summary();

        tally.Replace(provisional, provisional with { EventId = 8 });

        Assert.Equal([7, 8], tally.Members.Select(m => m.EventId));
        Assert.Equal(before, tally.Summary());
        Assert.Equal(before, GroupSummary.Of(tally.Members.ToList()));
    }

    [Fact]
    public void Terms_ignore_the_currency_case_and_a_dated_report_publication_day()
    {
        var first = MatchTerms.Of(EventMatcherTests.Parse("bid|elon-musk,openai|2025-02-10|0|97400000000 usd|2025-02-11"));
        var second = MatchTerms.Of(EventMatcherTests.Parse("bid|openai,elon-musk|2025-02-10|0|97400000000 USD|2025-03-20"));

        Assert.Equal(first, second);
        Assert.NotEqual(
            MatchTerms.Of(EventMatcherTests.Parse("bid|elon-musk,openai||0||2025-02-11")),
            MatchTerms.Of(EventMatcherTests.Parse("bid|elon-musk,openai||0||2025-03-20")));
    }

    /// <summary>Reports of one type and participants (a group's candidates) varying in everything else, ties included.</summary>
    private static EventReport RandomReport(Random random)
    {
        var day = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 120));
        var date = random.Next(5) switch
        {
            0 => null,
            1 => day.ToString("yyyy", CultureInfo.InvariantCulture),
            2 => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        decimal? amount = random.Next(3) == 0 ? null : new[] { 97_000_000_000m, 97_400_000_000m, 97.4e9m, 2_000_000_000m }[random.Next(4)];
        var currency = amount is null ? null : new[] { "USD", "usd", "EUR" }[random.Next(3)];
        DateOnly? published = random.Next(10) == 0 ? null : day.AddDays(random.Next(-40, 60));
        IReadOnlyList<string> actors = random.Next(2) == 0 ? ["elon-musk", "openai"] : ["openai", "elon-musk"];
        return new EventReport("bid", actors, date, random.Next(4) == 0, amount, currency, Hedged: random.Next(6) != 0, published);
    }
}
