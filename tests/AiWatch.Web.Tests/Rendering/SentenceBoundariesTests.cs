using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

public sealed class SentenceBoundariesTests
{
    private static string[] Split(string text) => SentenceBoundaries.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Theory]
    [InlineData("Une phrase. Une autre.", new[] { "Une phrase.", "Une autre." })]
    [InlineData("Vraiment ? Oui ! Bien…  Fin", new[] { "Vraiment ?", "Oui !", "Bien…", "Fin" })]
    [InlineData("Ligne un\nLigne deux", new[] { "Ligne un", "Ligne deux" })]
    [InlineData("M. Musk a parlé. J. Doe aussi.", new[] { "M. Musk a parlé.", "J. Doe aussi." })]
    [InlineData("« Il faut agir. » Puis il part.", new[] { "« Il faut agir. »", "Puis il part." })]
    [InlineData("Il a levé 97,4 milliards. Version 2.0 sortie.", new[] { "Il a levé 97,4 milliards.", "Version 2.0 sortie." })]
    [InlineData("Quoi ?! Rien.", new[] { "Quoi ?!", "Rien." })]
    [InlineData("  \n\n  ", new string[0])]
    [InlineData("", new string[0])]
    public void Splits_french_text_into_sentences(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Fact]
    public void Numbers_an_offset_by_the_sentence_holding_it()
    {
        var sentences = Sentences.Of("Un. Deux. Trois.");

        Assert.Equal(0, sentences.NumberAt(0));
        Assert.Equal(1, sentences.NumberAt(4));
        Assert.Equal(1, sentences.NumberAt(8));
        Assert.Equal(2, sentences.NumberAt(15));
        Assert.Equal(0, Sentences.Of("").NumberAt(10));
    }
}
