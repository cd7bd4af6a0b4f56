using AiWatch.Core.Analysis;

namespace AiWatch.Core.Tests.Analysis;

/// <summary>Epithets, co-mentions and approximate event dates of <see cref="AnalysisResult"/>.</summary>
public sealed class ReferenceSummaryTests
{
    private static readonly DateOnly Published = new(2025, 6, 15);

    [Theory]
    [InlineData("Le patron de SoftBank a signé avec OpenAI.", "masayoshi-son", "Le patron de SoftBank")]
    [InlineData("OpenAI a signé. La firme de Redmond a suivi.", "microsoft", "La firme de Redmond")]
    [InlineData("L’avocat d’OpenAI a plaidé la relaxe.", "openai", "L’avocat d’OpenAI")]
    [InlineData("Le créateur de ChatGPT lève des fonds.", "openai", "Le créateur de ChatGPT")]
    public void DescriptionsAreEpithetsNeverMentions(string text, string slug, string surface)
    {
        var result = TestRegistry.Analyzer.Analyze(text, Published);
        var epithet = Assert.Single(result.Epithets, e => e.Slug == slug);
        Assert.Equal(surface, epithet.Surface);
        Assert.Equal(surface, text.Substring(epithet.Start, epithet.Length));
        Assert.DoesNotContain(result.Mentions, m => m.Start == epithet.Start && m.Slug == slug);
    }

    [Theory]
    [InlineData("Elon Musk poursuit OpenAI. Il réclame des dommages.")]
    [InlineData("OpenAI et Microsoft renégocient.")]
    public void PronounsAndNamesAreNotEpithets(string text) =>
        Assert.Empty(TestRegistry.Analyzer.Analyze(text, Published).Epithets);

    [Theory]
    // Both named in each of two sentences; "Musk" alone still names Elon Musk.
    [InlineData("Elon Musk poursuit OpenAI. Musk accuse OpenAI de trahison.", "elon-musk", "openai", 2)]
    // SlugA sorts first whatever the text order.
    [InlineData("xAI attaque Apple en justice.", "apple", "xai", 1)]
    // A resolved description names its actor: "le patron de SoftBank" is Masayoshi Son (and SoftBank).
    [InlineData("Le patron de SoftBank rencontre Sam Altman.", "masayoshi-son", "sam-altman", 1)]
    // "X d'Elon Musk" names Musk too.
    [InlineData("La start-up xAI d’Elon Musk recrute.", "elon-musk", "xai", 1)]
    public void PairsCountTheSentencesNamingBoth(string text, string a, string b, int count)
    {
        var result = TestRegistry.Analyzer.Analyze(text, Published);
        Assert.Contains(new CoMentionMatch(a, b, count), result.CoMentions);
        Assert.All(result.CoMentions, c => Assert.True(string.CompareOrdinal(c.SlugA, c.SlugB) < 0));
    }

    [Theory]
    // A pronoun points back, it names no one: Musk and OpenAI share no sentence by name.
    [InlineData("Elon Musk a parlé. Il poursuit OpenAI.")]
    // One actor named twice is no pair.
    [InlineData("OpenAI, puis OpenAI encore.")]
    // Actors of different sentences are not paired.
    [InlineData("Nvidia investit. Oracle construit.")]
    public void NoPairWithoutTwoActorsNamedInOneSentence(string text) =>
        Assert.Empty(TestRegistry.Analyzer.Analyze(text, Published).CoMentions);

    [Theory]
    [InlineData("En février, Nvidia a investi 5 milliards de dollars dans OpenAI.", "2025-02", true)]
    [InlineData("Il y a quelques mois, Nvidia a investi 5 milliards de dollars dans OpenAI.", "2025-03", true)]
    [InlineData("La semaine dernière, Nvidia a investi 5 milliards de dollars dans OpenAI.", "2025-06", true)]
    [InlineData("Cet été, Oracle a signé un contrat avec OpenAI.", "2025-07", true)]
    [InlineData("L’an prochain, Oracle construira un datacenter pour OpenAI.", "2026", true)]
    [InlineData("En février 2024, Nvidia a investi 5 milliards de dollars dans OpenAI.", "2024-02", false)]
    [InlineData("Le 3 mars 2025, Nvidia a investi 5 milliards de dollars dans OpenAI.", "2025-03-03", false)]
    public void EventDatesFromRelativeExpressionsAreApproximate(string text, string date, bool approximate)
    {
        var e = Assert.Single(TestRegistry.Analyzer.Analyze(text, Published).Events);
        Assert.Equal(date, e.Date);
        Assert.Equal(approximate, e.DateApproximate);
    }
}
