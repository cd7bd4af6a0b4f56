using AiWatch.Core.Analysis;

namespace AiWatch.Core.Tests.Analysis;

/// <summary>The text-handling and matching rules of the French extractor, sentence by sentence.</summary>
public sealed class TextHandlingTests
{
    [Theory]
    // Curly, straight and reversed apostrophes; elisions l', d', qu', jusqu'.
    [InlineData("l’OpenAI, d'OpenAI, qu‘OpenAI, jusqu’OpenAI.", "openai", 4)]
    // No-break and narrow no-break spaces inside a name.
    [InlineData("Sam\u00A0Altman et Jensen\u202FHuang.", "sam-altman", 1)]
    [InlineData("Sam\u00A0Altman et Jensen\u202FHuang.", "jensen-huang", 1)]
    // Decomposed accents (NFD) and accent-insensitive forms: an accent never hides a name.
    [InlineData("Mistral AI et Mistral\u0301.", "mistral", 2)]
    [InlineData("La start-up de Larry Ellison, puis Ellison.", "larry-ellison", 2)]
    // Hyphenated names: each actor of "OpenAI-Microsoft" counts.
    [InlineData("Le partenariat OpenAI-Microsoft tient.", "openai", 1)]
    [InlineData("Le partenariat OpenAI-Microsoft tient.", "microsoft", 1)]
    // A surname alone after the full name.
    [InlineData("Sam Altman parle. Altman sourit. M. Altman conclut.", "sam-altman", 3)]
    // "X d'Elon Musk" counts Musk; a homonym does not.
    [InlineData("xAI d’Elon Musk et Tesla d'Elon Musk.", "elon-musk", 2)]
    [InlineData("Maye Musk publie un livre.", "elon-musk", 0)]
    // The possessive son/Son is never Masayoshi Son; the surname after a full mention is, unless it determines a noun.
    [InlineData("Son entreprise et son PDG, sa stratégie et son storytelling.", "masayoshi-son", 0)]
    [InlineData("Masayoshi Son investit. Son groupe suit.", "masayoshi-son", 1)]
    [InlineData("Masayoshi Son investit. Son a tout misé.", "masayoshi-son", 2)]
    // The common noun oracle is not Oracle; a headline in capitals is.
    [InlineData("Les oracles de la Silicon Valley et un oracle de la tech.", "oracle", 0)]
    [InlineData("ORACLE et Oracle.", "oracle", 2)]
    public void MatchesActorsWhateverTheTypography(string text, string slug, int count)
    {
        var mentions = new ActorMatcher(TestRegistry.Registry).Match(text);
        Assert.Equal(count, mentions.Count(m => m.Slug == slug));
        Assert.All(mentions, m => Assert.Equal(m.Surface, text.Substring(m.Start, m.Length)));
    }

    [Theory]
    [InlineData("M. Musk a parlé. Mme Borne aussi.", 2)]
    [InlineData("Le Dr Martin et St Louis sont cités. La suite arrive.", 2)]
    [InlineData("La valeur atteint 97,4 milliards. Elle double.", 2)]
    [InlineData("OpenAI lève 40 Md$. SoftBank suit.", 2)]
    [InlineData("Il hésite... Puis il signe.", 2)]
    [InlineData("Il hésite… puis il signe.", 1)]
    [InlineData("« Nous signons. Nous investissons. » Le PDG a conclu.", 2)]
    [InlineData("Version 2.5 de Grok. Fin.", 2)]
    public void SplitsSentencesOnlyWhereTheyEnd(string text, int count)
    {
        Assert.Equal(count, SentenceSplitter.Split(text).Count);
    }

    [Theory]
    [InlineData("OpenAI réclame 134 milliards de dollars.", 134_000_000_000, "USD")]
    [InlineData("Une offre de 97,4 milliards de dollars.", 97_400_000_000, "USD")]
    [InlineData("Nvidia met 100 Md$ sur la table.", 100_000_000_000, "USD")]
    [InlineData("Un prêt de 1,1 Md$ pour xAI.", 1_100_000_000, "USD")]
    [InlineData("Une levée de 285 M$ pour la start-up.", 285_000_000, "USD")]
    [InlineData("Une amende de 2 millions d’euros pour Meta.", 2_000_000, "EUR")]
    [InlineData("Des engagements de 1 500 milliards de dollars.", 1_500_000_000_000, "USD")]
    [InlineData("Des engagements de 1\u202F500 milliards de dollars.", 1_500_000_000_000, "USD")]
    [InlineData("Anthropic verse 1,5 milliard $ aux auteurs.", 1_500_000_000, "USD")]
    [InlineData("Le prix est de 0,42 $ par million de jetons.", 0.42, "USD")]
    [InlineData("Un fonds de 300 M€ pour l’IA.", 300_000_000, "EUR")]
    [InlineData("OpenAI lève 40 milliards de dollars, dont 40 milliards de SoftBank.", 40_000_000_000, "USD")]
    [InlineData("Le dernier versement, de $22,5 milliards, est arrivé.", 22_500_000_000, "USD")]
    public void ReadsEveryFormOfMoney(string text, double value, string currency)
    {
        var amount = Assert.Single(AmountExtractor.Extract(text).DistinctBy(a => (a.Value, a.Currency)));
        Assert.Equal((decimal)value, amount.Value);
        Assert.Equal(currency, amount.Currency);
    }

    [Theory]
    // The currency of a bare "40 milliards" is given by the same sentence.
    [InlineData("Mistral a levé 1,7 milliard d’euros et vise 40 milliards de valorisation.", 40_000_000_000, "EUR")]
    [InlineData("OpenAI vaut 500 milliards de dollars, contre 300 milliards en mars.", 300_000_000_000, "USD")]
    public void TakesTheCurrencyOfBareAmountsFromTheirSentence(string text, double value, string currency)
    {
        Assert.Contains(AmountExtractor.Extract(text), a => a.Value == (decimal)value && a.Currency == currency);
    }

    [Theory]
    [InlineData("Un campus de 5 GW et 400 000 GPU.")]
    [InlineData("L’action gagne 4 % et pèse 27 % du capital.")]
    [InlineData("Des milliards et des centaines de milliards.")]
    [InlineData("En 2025, 2 000 ingénieurs et 10 gigawatts.")]
    public void PowerChipsPercentagesAndVagueSumsAreNotMoney(string text)
    {
        Assert.Empty(AmountExtractor.Extract(text));
    }
}
