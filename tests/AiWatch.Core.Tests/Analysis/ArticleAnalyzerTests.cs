using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Tests.Analysis;

public sealed class ArticleAnalyzerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t")]
    [InlineData("«")]
    [InlineData("» « « “ ” \" M. Mme. 1er 0,5 $ Son")]
    [InlineData("🚀 1. STARGATE : L’IA 🧠\r\n➤ Alliances avec Microsoft.\r\n")]
    [InlineData("Un très long paragraphe sans ponctuation qui cite OpenAI Microsoft Nvidia et encore OpenAI")]
    public void ToleratesAnyText(string text)
    {
        var result = TestRegistry.Analyzer.Analyze(text, new DateOnly(2025, 1, 1));
        Assert.All(result.Mentions, m => Assert.Equal(m.Surface, text.Substring(m.Start, m.Length)));
        Assert.All(result.Events, e => Assert.Equal(e.Evidence, text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void SeedArticlesGiveStableOffsetsAndTheSameResultTwice()
    {
        var seeds = SeedPaths.FindSeedsFolder()!;
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var first = TestRegistry.Analyzer.Analyze(text, null);
            var second = TestRegistry.Analyzer.Analyze(text, null);
            Assert.Equal(first.Mentions, second.Mentions);
            Assert.Equal(first.Amounts, second.Amounts);
            Assert.Equal(first.Quotes, second.Quotes);
            Assert.Equal(first.Claims, second.Claims);
            Assert.Equal(first.Events.Select(e => (e.Type, e.Start, string.Join(",", e.Actors))), second.Events.Select(e => (e.Type, e.Start, string.Join(",", e.Actors))));
            Assert.All(first.Quotes, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
            Assert.All(first.Claims, c => Assert.Equal(c.Text, text.Substring(c.Start, c.Length)));
            Assert.All(first.Events, e => Assert.Contains(e.Type, Model.EventTypes.All));
        }
    }

    [Fact]
    public void EventsNameTheirAgentFirstAndCarryAnEvidenceSentence()
    {
        var result = TestRegistry.Analyzer.Analyze("D’abord, l’investissement de 100 milliards de dollars par Nvidia dans OpenAI.", null);
        var e = Assert.Single(result.Events);
        Assert.Equal("investment", e.Type);
        Assert.Equal(100_000_000_000m, e.Amount!.Value);
        Assert.Equal("USD", e.Amount.Currency);
        Assert.Contains("nvidia", e.Actors);
        Assert.Contains("openai", e.Actors);
        Assert.Equal(0, e.Start);
    }
}
