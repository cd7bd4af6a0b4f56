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

    public static TheoryData<string> StopWords() => new(SearchStopWords.All);

    [Theory]
    [MemberData(nameof(StopWords))]
    public void A_stop_word_beside_other_words_is_dropped_alone_or_quoted_it_is_searched(string word)
    {
        Assert.Equal("\"centre\" AND \"données\"", FtsQuery.Build($"centre {word} données"));
        Assert.Equal("\"centre\" AND \"données\"", FtsQuery.Build($"centre {word.ToUpperInvariant()} données"));
        Assert.NotNull(FtsQuery.Build(word));
        Assert.Equal($"\"centre {word} données\"", FtsQuery.Build($"\"centre {word} données\""));
    }

    [Theory]
    [InlineData("Musk à OpenAI", "\"Musk\" AND \"OpenAI\"")]
    [InlineData("de la", "\"de\" AND \"la\"")]
    [InlineData("de*", "\"de\" *")]
    [InlineData("d'OpenAI", "\"d OpenAI\"")]
    [InlineData("openai -de", "\"openai\" NOT \"de\"")]
    public void Stop_words_are_dropped_only_as_required_words_among_others(string input, string expected) => Assert.Equal(expected, FtsQuery.Build(input));

    [Fact]
    public void Required_terms_are_those_of_the_query_each_on_its_own()
    {
        Assert.Equal(["\"centre\"", "\"données\""], FtsQuery.RequiredTerms("centre de données -cloud"));
        Assert.Empty(FtsQuery.RequiredTerms("  "));
    }
}
