using System.Text;
using AiWatch.Core.Analysis;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Tests.Analysis;

public sealed class FrenchTextTests
{
    [Theory]
    [InlineData("l’OpenAI", "l'OpenAI")]
    [InlineData("d‘Elon", "d'Elon")]
    [InlineData("Élisabeth Borne", "Elisabeth Borne")]
    [InlineData("97,4\u00A0milliards", "97,4 milliards")]
    [InlineData("300\u202FM€", "300 M€")]
    [InlineData("start\u2011up", "start-up")]
    [InlineData("Ça coûte cher", "Ca coute cher")]
    public void FoldsAccentsApostrophesAndSpaces(string text, string folded)
    {
        Assert.Equal(folded, FoldedText.Of(text).Value);
    }

    [Fact]
    public void DecomposedTextMapsBackToOriginalOffsets()
    {
        var text = "La re\u0301ponse d’Oracle\u00A0: «\u00A0E\u0301lisabeth Borne a raison\u00A0».";
        var folded = FoldedText.Of(text);
        Assert.Equal("La reponse d'Oracle : « Elisabeth Borne a raison ».", folded.Value);
        var at = folded.Value.IndexOf("Oracle", StringComparison.Ordinal);
        var (start, length) = folded.ToOriginal(at, "Oracle".Length);
        Assert.Equal("Oracle", text.Substring(start, length));
        var name = folded.Value.IndexOf("Elisabeth", StringComparison.Ordinal);
        var (s2, l2) = folded.ToOriginal(name, "Elisabeth".Length);
        Assert.Equal("E\u0301lisabeth", text.Substring(s2, l2));
    }

    [Fact]
    public void AnalysisOffsetsIndexIntoTheTextPassedIn()
    {
        var text = "Microsoft a investi 10\u00A0milliards de dollars dans OpenAI.\nSam Altman estime que la re\u0301ponse est « tre\u0300s claire pour tout le monde ».";
        var result = TestRegistry.Analyzer.Analyze(text, new DateOnly(2025, 1, 10));
        Assert.All(result.Mentions, m => Assert.Equal(m.Surface, text.Substring(m.Start, m.Length)));
        Assert.All(result.Amounts, a => Assert.Equal(a.Text, text.Substring(a.Start, a.Length)));
        Assert.All(result.Events, e => Assert.Equal(e.Evidence, text.Substring(e.Start, e.Length)));
        Assert.All(result.Quotes, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
        Assert.All(result.Claims, c => Assert.Equal(c.Text, text.Substring(c.Start, c.Length)));
        Assert.Single(result.Quotes);
        Assert.Equal("sam-altman", Assert.Single(result.Claims).SpeakerSlug);
        Assert.Equal(10_000_000_000m, Assert.Single(result.Amounts).Value);
    }

    [Fact]
    public void NormalisedAndDecomposedTextsGiveTheSameFacts()
    {
        const string text = "Élisabeth Borne et Sam Altman. Le géant Microsoft a investi 2 milliards d’euros dans Mistral.";
        var composed = TestRegistry.Analyzer.Analyze(text, null);
        var decomposed = TestRegistry.Analyzer.Analyze(text.Normalize(NormalizationForm.FormD), null);
        Assert.Equal(composed.Mentions.Select(m => m.Slug), decomposed.Mentions.Select(m => m.Slug));
        Assert.Equal(composed.Events.Select(e => e.Type), decomposed.Events.Select(e => e.Type));
        Assert.Equal(composed.Amounts.Select(a => a.Value), decomposed.Amounts.Select(a => a.Value));
    }
}
