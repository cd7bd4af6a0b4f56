using System.Text.RegularExpressions;
using AiWatch.Core.Extraction.Lines;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>The French/English guess against Specs/Languages.json; every function word appears in a spec sentence.</summary>
public sealed class LanguageSpecTests
{
    [Theory]
    [SpecData("Languages.json", null, "Input", "Language")]
    public void Guesses_language(string input, string? language) => Assert.Equal(language, LanguageGuess.Guess(input));

    [Fact]
    public void Every_function_word_has_a_spec_sentence()
    {
        var cases = SpecFile.Cases("Languages.json");
        foreach (var (language, words) in ExtractionLexicon.FunctionWords)
        {
            var text = string.Join(' ', cases.Where(c => c.GetProperty("Language").GetString() == language).Select(c => c.GetProperty("Input").GetString()));
            Assert.Empty(words.Where(w => !Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(w)}(?!\p{{L}})", RegexOptions.IgnoreCase)).ToList());
        }
    }
}
