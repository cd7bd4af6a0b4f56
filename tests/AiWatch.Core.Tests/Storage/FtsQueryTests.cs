using AiWatch.Core.Storage;

namespace AiWatch.Core.Tests.Storage;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("musk", "\"musk\"")]
    [InlineData("Musk OpenAI", "\"Musk\" AND \"OpenAI\"")]
    [InlineData("\"offre de rachat\"", "\"offre de rachat\"")]
    [InlineData("valoris*", "\"valoris\" *")]
    [InlineData("openai -microsoft", "\"openai\" NOT \"microsoft\"")]
    [InlineData("l'IA", "\"l IA\"")]
    [InlineData("\"AND (", "\"AND\"")]
    [InlineData("NEAR(", "\"NEAR\"")]
    [InlineData("valorise\u0301e", "\"valorisée\"")]
    public void User_input_becomes_quoted_terms(string input, string expected) => Assert.Equal(expected, FtsQuery.Build(input));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("-musk")]
    [InlineData("' \" ( ) :")]
    public void Input_with_nothing_to_search_gives_no_query(string? input) => Assert.Null(FtsQuery.Build(input));

    [Fact]
    public void A_lone_surrogate_is_ignored() =>
        // Built at run time: a lone surrogate in an attribute string would be stored as U+FFFD.
        Assert.Equal("\"musk\" AND \"openai\"", FtsQuery.Build("musk " + (char)0xD83D + " openai"));

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xFDD0)]
    [InlineData(0x1FFFF)]
    public void A_noncharacter_is_ignored(int codePoint) =>
        // Normalisation throws on noncharacters: a query holding one used to fail the whole search.
        Assert.Equal("\"musk\" AND \"openai\"", FtsQuery.Build("musk " + char.ConvertFromUtf32(codePoint) + " openai"));

    [Fact]
    public void Input_cut_inside_an_emoji_is_still_searched() =>
        Assert.Equal("\"musk\"", FtsQuery.Build("musk" + new string(' ', FtsQuery.MaxInputLength - 5) + "😀"));

    [Fact]
    public void Very_long_input_is_cut_not_refused()
    {
        var query = FtsQuery.Build(string.Join(" ", Enumerable.Repeat("musk", 1000)));
        Assert.NotNull(query);
        Assert.True(query!.Split(" AND ").Length <= 16);
    }
}
