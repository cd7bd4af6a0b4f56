using AiWatch.Core.Facts;

namespace AiWatch.Core.Tests.Facts;

public sealed class DisputeRulesTests
{
    [Theory]
    [InlineData("lawsuit", new[] { 7, 3 }, new[] { "3-7" })]
    [InlineData("lawsuit", new[] { 7, 3, 9 }, new[] { "3-7", "7-9" })]
    [InlineData("bid", new[] { 1, 2 }, new[] { "1-2" })]
    [InlineData("settlement", new[] { 2, 1 }, new[] { "1-2" })]
    [InlineData("investment", new[] { 1, 2 }, new string[0])]
    [InlineData("lawsuit", new[] { 1 }, new string[0])]
    [InlineData("lawsuit", new[] { 1, 1 }, new string[0])]
    [InlineData("bid", new[] { 7, 3, 9, 4 }, new[] { "3-7" })]
    [InlineData("lawsuit", new[] { 7, 7, 3, 9 }, new[] { "3-7", "7-9" })]
    public void The_agent_stands_against_each_other_participant_or_only_the_first_in_a_crowd(string type, int[] actors, string[] pairs)
    {
        Assert.Equal(pairs, DisputeRules.OpposedPairs(type, actors).Select(p => $"{p.A}-{p.B}"));
    }

    [Fact]
    public void A_claim_pairs_its_speaker_with_its_target()
    {
        Assert.Equal((2, 5), DisputeRules.OpposedPair(5, 2));
        Assert.Null(DisputeRules.OpposedPair(5, null));
        Assert.Null(DisputeRules.OpposedPair(5, 5));
    }

    [Fact]
    public void Allies_never_form_a_pair()
    {
        var allies = new HashSet<(int, int)> { (1, 3) };

        Assert.Equal(["1-2"], DisputeRules.OpposedPairs("bid", [1, 2, 3], allies).Select(p => $"{p.A}-{p.B}"));
        Assert.Null(DisputeRules.OpposedPair(3, 1, allies));
        // In a crowd the first target is the first one who is not an ally.
        Assert.Equal(["1-2"], DisputeRules.OpposedPairs("bid", [1, 3, 2, 4, 5], allies).Select(p => $"{p.A}-{p.B}"));
    }

    [Fact]
    public void A_dispute_slug_orders_the_slugs_ordinally()
    {
        Assert.Equal("elon-musk-vs-openai", DisputeRules.Slug("openai", "elon-musk"));
        Assert.Equal("elon-musk-vs-openai", DisputeRules.Slug("elon-musk", "openai"));
    }
}
