using AiWatch.Core.Analysis;

namespace AiWatch.Core.Tests.Analysis;

/// <summary>One table per extraction rule, in French sentences.</summary>
public sealed class ExtractorRuleTests
{
    [Theory]
    [InlineData("Il a signé.\nElle a refusé", 2)]
    [InlineData("Le M. Son de SoftBank. Fin.", 2)]
    [InlineData("Une hausse de 97,4 %. Puis 1,5 Md$. Fin.", 3)]
    [InlineData("« Première phrase. Seconde phrase. » Troisième.", 2)]
    [InlineData("Ligne un\n\nLigne deux", 2)]
    public void SplitsSentencesAndNewlinesAlwaysEndThem(string text, int count)
    {
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(count, spans.Count);
        Assert.Equal(Enumerable.Range(0, count), spans.Select(s => s.Index));
        Assert.All(spans, s => Assert.DoesNotContain('\n', s.TextOf(text)));
        Assert.Equal(spans, SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("Il tient à sa mission. M. Musk réclame aujourd'hui des milliards.", "Il tient à sa mission.|M. Musk réclame aujourd'hui des milliards.")]
    [InlineData("Elle a parlé. Mme Borne répond. MM. Dupont et Durand aussi.", "Elle a parlé.|Mme Borne répond.|MM. Dupont et Durand aussi.")]
    [InlineData("Il a consulté le Dr. Martin à St. Louis hier. Fin.", "Il a consulté le Dr. Martin à St. Louis hier.|Fin.")]
    [InlineData("Ils en ont parlé. Dr. Martin et Mme. Durand aussi.", "Ils en ont parlé.|Dr. Martin et Mme. Durand aussi.")]
    [InlineData("Il cite un livre. J. R. R. Tolkien l'a écrit.", "Il cite un livre.|J. R. R. Tolkien l'a écrit.")]
    [InlineData("Un entretien avec J. K. Rowling et Donald J. Trump. Fin.", "Un entretien avec J. K. Rowling et Donald J. Trump.|Fin.")]
    [InlineData("« J. K. Rowling écrit. » Fin.", "« J. K. Rowling écrit. »|Fin.")]
    [InlineData("Ils préparent le plan B. Puis ils partent.", "Ils préparent le plan B.|Puis ils partent.")]
    [InlineData("Il a quitté la plateforme X. Le réseau décline.", "Il a quitté la plateforme X.|Le réseau décline.")]
    [InlineData("Des GPU, des TPU, etc. Nvidia domine.", "Des GPU, des TPU, etc.|Nvidia domine.")]
    public void TitlesAndInitialsNeverEndASentence(string text, string expected)
    {
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(expected.Split('|'), spans.Select(s => s.TextOf(text)));
        Assert.Equal(Enumerable.Range(0, spans.Count), spans.Select(s => s.Index));
        Assert.Equal(spans, SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("Un tour de 40 milliards de dollars, dont 10 milliards pour Stargate.", 10_000_000_000, "USD")]
    [InlineData("Une amende de 2 millions d’euros.", 2_000_000, "EUR")]
    [InlineData("Le prix : 0,42 $ par requête.", 0.42, "USD")]
    [InlineData("Une levée de 300 M€.", 300_000_000, "EUR")]
    [InlineData("Un plan à 1 500 milliards de dollars.", 1_500_000_000_000, "USD")]
    public void ReadsMoneyAmounts(string text, double value, string currency)
    {
        Assert.Contains(AmountExtractor.Extract(text), a => a.Value == (decimal)value && a.Currency == currency);
    }

    [Theory]
    [InlineData("200 MW au Texas, 8 GW l’an prochain.")]
    [InlineData("400 000 GPU et 29 % des actions.")]
    [InlineData("Des milliards, des centaines de milliards d'euros.")]
    [InlineData("Il reste 40 milliards à trouver et 2 millions d’abonnés.")]
    public void IgnoresWhatIsNotMoney(string text)
    {
        Assert.Empty(AmountExtractor.Extract(text));
    }

    [Theory]
    [InlineData("Publié le 23 novembre 2024.", null, "2024-11-23")]
    [InlineData("Le 1er octobre 2025, le salon ouvre.", null, "2025-10-01")]
    [InlineData("Bienvenue, samedi 27 septembre.", "2024-09-27", "2024-09-27")]
    [InlineData("Il a été fondé en novembre 2015.", null, "2015-11")]
    [InlineData("En février, Musk a fait une offre.", "2025-06-01", "2025-02")]
    [InlineData("La puissance atteindra 8 GW l’an prochain.", "2024-09-27", "2025")]
    [InlineData("Dans des transactions de ce mois-ci.", "2024-09-27", "2024-09")]
    public void ResolvesDatesAgainstTheArticleDate(string text, string? published, string expected)
    {
        var date = published is null ? (DateOnly?)null : DateOnly.Parse(published);
        Assert.Equal(expected, DateExtractor.Extract(text, date).First().Value);
    }

    [Theory]
    [InlineData("« Nous avons besoin d’IA utile et sûre. »\n— Sam Altman, OpenAI", "sam-altman")]
    [InlineData("« Nous avons besoin d’IA utile et sûre », a déclaré Sam Altman.", "sam-altman")]
    [InlineData("Sam Altman est venu. « Nous avons besoin d’IA utile », a-t-il expliqué.", "sam-altman")]
    [InlineData("Selon Satya Nadella, « le partenariat reste solide et durable ».", "satya-nadella")]
    [InlineData("« La science-fiction d’hier est l’infrastructure d’aujourd’hui. »\n— Peter Thiel", "Peter Thiel")]
    [InlineData("« Le rapport le dit très clairement. » (Rapport de l'Assemblée, p. 12)", null)]
    public void AttributesQuotes(string text, string? speaker)
    {
        var quote = Assert.Single(QuoteExtractor.Extract(TestRegistry.Context(text)));
        Assert.Equal(speaker, quote.SpeakerSlug ?? quote.SpeakerName);
    }

    [Theory]
    [InlineData("Le surnom « Big Red » et une IA “centrée sur l’humain”.")]
    [InlineData("Des allégations de « gains indu ».")]
    public void ScareQuotesAreNotQuotes(string text)
    {
        Assert.Empty(QuoteExtractor.Extract(TestRegistry.Context(text)));
    }

    [Theory]
    [InlineData("Elon Musk estime que l'alliance est injuste.", "elon-musk", null, false)]
    [InlineData("Musk accuse Sam Altman de trahison.", "elon-musk", "sam-altman", false)]
    [InlineData("Selon Microsoft, la demande reste forte.", "microsoft", null, true)]
    [InlineData("Nvidia pourrait affirmer que les ventes doublent.", "nvidia", null, true)]
    [InlineData("Musk a cofondé OpenAI. L'entrepreneur milliardaire affirme qu'OpenAI a changé.", "elon-musk", null, false)]
    public void FindsReportedSpeech(string text, string speaker, string? target, bool hedged)
    {
        var claim = Assert.Single(TestRegistry.Analyzer.Analyze(text, null).Claims);
        Assert.Equal(speaker, claim.SpeakerSlug);
        Assert.Equal(target, claim.TargetSlug);
        Assert.Equal(hedged, claim.Hedged);
    }

    [Theory]
    [InlineData("Selon Tech Wire Asia, OpenAI prépare un réseau social.")]
    [InlineData("OpenAI a annoncé un partenariat avec Databricks.")]
    [InlineData("Les observateurs notent que Microsoft domine.")]
    public void IgnoresWhatIsNotAnActorsClaim(string text)
    {
        Assert.Empty(TestRegistry.Analyzer.Analyze(text, null).Claims);
    }

    [Theory]
    [InlineData("Microsoft a investi 10 milliards de dollars dans OpenAI.", "investment", "microsoft,openai", 10_000_000_000)]
    [InlineData("Un juge a donné son aval préliminaire à l’accord amiable de 1,5 milliard $ conclu par Anthropic.", "regulation", "anthropic", 1_500_000_000)]
    [InlineData("Un juge a donné son aval préliminaire à l’accord amiable de 1,5 milliard $ conclu par Anthropic.", "settlement", "anthropic", 1_500_000_000)]
    [InlineData("La confrontation juridique entre Altman et Musk, soutenue par un tour de financement de 40 milliards de dollars de SoftBank.", "investment", "softbank", 40_000_000_000)]
    public void BuildsEventsWithTheirMoney(string text, string type, string actors, double amount)
    {
        var events = TestRegistry.Analyzer.Analyze(text, null).Events;
        var e = Assert.Single(events, e => e.Type == type);
        Assert.Superset(actors.Split(',').ToHashSet(), e.Actors.ToHashSet());
        Assert.Equal((decimal)amount, e.Amount?.Value);
    }

    [Theory]
    [InlineData("Avec Oracle, Microsoft a noué un partenariat.", "microsoft", "oracle")]
    [InlineData("Le rachat de Mistral par Microsoft est bouclé.", "microsoft", "mistral")]
    public void TheAgentComesFirst(string text, string agent, string other)
    {
        var e = Assert.Single(TestRegistry.Analyzer.Analyze(text, null).Events);
        Assert.Equal([agent, other], e.Actors);
    }

    [Fact]
    public void LawsuitWithoutMoneyKeepsNoAmount()
    {
        var events = TestRegistry.Analyzer.Analyze(
            "La confrontation juridique entre Altman et Musk, soutenue par un tour de financement de 40 milliards de dollars de SoftBank.", null).Events;
        Assert.Null(Assert.Single(events, e => e.Type == "lawsuit").Amount);
    }

    [Fact]
    public void RepeatedMentionsOfOneHappeningAreOneEvent()
    {
        const string text = "Elon Musk réclame 134 milliards de dollars à OpenAI et Microsoft.\n"
            + "La réclamation de 134 milliards de dollars reflète la valeur créée, selon Musk.\n"
            + "Le différend porte sur des gains que Musk estime lui être dus.";
        var lawsuit = Assert.Single(TestRegistry.Analyzer.Analyze(text, null).Events, e => e.Type == "lawsuit");
        Assert.Equal(134_000_000_000m, lawsuit.Amount?.Value);
        Assert.StartsWith("Elon Musk réclame", lawsuit.Evidence);
    }

    [Fact]
    public void DistinctHappeningsOfOneActorStayApart()
    {
        const string text = "Meta a présenté Vibes, un flux vidéo.\nMeta étend l’accès à ses modèles Llama.\nMeta et SNCF lancent un accélérateur.";
        Assert.Equal(3, TestRegistry.Analyzer.Analyze(text, null).Events.Count(e => e.Type == "launch"));
    }

    [Theory]
    [InlineData("Si les indiscrétions sont vraies, Meta aurait entamé des pourparlers avec Google.", true)]
    [InlineData("Selon des sources, Apple rachète une start-up.", true)]
    [InlineData("Meta a entamé des pourparlers avec Google.", false)]
    public void FlagsHedgedEvents(string text, bool hedged)
    {
        Assert.Equal(hedged, TestRegistry.Analyzer.Analyze(text, null).Events.Single().Hedged);
    }

    [Fact]
    public void DatesEventsAgainstTheArticleDate()
    {
        var e = TestRegistry.Analyzer.Analyze("En février, Musk a fait une offre de 97,4 milliards de dollars pour OpenAI.", new DateOnly(2025, 4, 1)).Events.Single();
        Assert.Equal("2025-02", e.Date);
        Assert.Null(TestRegistry.Analyzer.Analyze("En février, Musk a fait une offre de 97,4 milliards de dollars pour OpenAI.", null).Events.Single().Date);
    }

    [Fact]
    public void TakesTheDateNearestToTheTrigger()
    {
        var e = TestRegistry.Analyzer.Analyze("Présent depuis 2015 en Europe, Oracle a racheté Cerner en juin 2022.", null).Events.Single();
        Assert.Equal("2022-06", e.Date);
        var valuation = TestRegistry.Analyzer.Analyze(
            "L’opération valorise Anthropic 183 milliards de dollars, contre 61,5 milliards de dollars au mois de mars 2025.", null).Events.Single();
        Assert.Null(valuation.Date);
    }

    [Theory]
    [InlineData("Conclusion : clap de fin pour Stargate, mais…")]
    [InlineData("« Il faut des datacenters partout et tout de suite », dit Sam Altman.")]
    [InlineData("Microsoft a-t-il racheté Mistral ?")]
    public void OpinionsQuotesAndQuestionsAreNotEvents(string text)
    {
        Assert.DoesNotContain(TestRegistry.Analyzer.Analyze(text, null).Events, e => e.Type is "infrastructure" or "acquisition");
    }
}
