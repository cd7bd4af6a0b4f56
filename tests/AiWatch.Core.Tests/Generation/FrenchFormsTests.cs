using AiWatch.Core.Analysis;
using AiWatch.Core.Generation;
using AiWatch.Core.Tests.Analysis;

namespace AiWatch.Core.Tests.Generation;

/// <summary>The French forms the generator writes: money, dates, elision; and every template of its data fills.</summary>
public sealed class FrenchFormsTests
{
    [Fact]
    public void Every_money_form_reads_back_as_the_same_amount()
    {
        var values = new[] { 1_000_000_000m, 1_500_000_000m, 40_000_000_000m, 22_500_000_000m, 350_000_000m, 1_200_000m };
        var forms = new HashSet<string>();
        foreach (var value in values)
        {
            foreach (var currency in new[] { "USD", "EUR" })
            {
                for (var seed = 0; seed < 40; seed++)
                {
                    var text = FrenchMoney.Format(value, currency, new Random(seed));
                    forms.Add(text);
                    var read = Assert.Single(AmountsIn($"Le groupe a dépensé {text} cette année."));
                    Assert.Equal((value, currency), (read.Value, read.Currency));
                }
            }
        }
        Assert.Contains("1,5 milliard d’euros", forms);
        Assert.Contains("40 milliards de dollars", forms);
        Assert.Contains("$22,5 milliards", forms);
        Assert.Contains("350 M€", forms);
        Assert.Contains("22,5 Md$", forms);
    }

    [Theory]
    [InlineData(2025, 3, 3, true, "le 3 mars 2025")]
    [InlineData(2024, 11, 1, false, "le 1er novembre")]
    public void Dates_are_written_the_french_way(int year, int month, int day, bool withYear, string expected)
    {
        Assert.Equal(expected, FrenchDates.OnDay(new DateOnly(year, month, day), withYear));
    }

    [Fact]
    public void Datelines_carry_the_time()
    {
        Assert.Equal("Publié le 3 mars 2025 à 10h07", FrenchDates.Dateline(new DateOnly(2025, 3, 3), new TimeOnly(10, 7), colon: false));
        Assert.Equal("Publié le 3 mars 2025 à 10:07", FrenchDates.Dateline(new DateOnly(2025, 3, 3), new TimeOnly(10, 7), colon: true));
    }

    [Theory]
    [InlineData("de", "OpenAI", "d’OpenAI")]
    [InlineData("que", "Apple", "qu’Apple")]
    [InlineData("de", "Microsoft", "de Microsoft")]
    [InlineData("de", "Elon Musk", "d’Elon Musk")]
    public void Prepositions_elide_before_a_vowel(string word, string name, string expected)
    {
        Assert.Equal(expected, SentenceFiller.Elide(word, name));
    }

    [Fact]
    public void Slots_after_de_and_que_are_elided_and_variants_are_drawn()
    {
        var registry = TestRegistry.Registry;
        var kind = GeneratorData.Instance.Kinds[0].Kind;
        var cast = Cast.Draw(new Random(3), registry, kind, GeneratorData.Instance) with { B = registry.Find("openai")! };
        var filler = new SentenceFiller(new Random(3), cast, registry);

        Assert.Equal("La capitalisation d’OpenAI recule.", filler.Fill("la capitalisation de {B} recule."));
        Assert.Contains(filler.Fill("Les investisseurs attendent."), new[] { "Les investisseurs attendent.", "Les marchés attendent.", "Les actionnaires attendent." });
    }

    /// <summary>Every template of the data files fills without an unknown slot, for every kind's cast.</summary>
    [Fact]
    public void Every_template_of_the_data_fills()
    {
        var data = GeneratorData.Instance;
        var templates = data.Kinds.SelectMany(k => k.Kind.Titles.Concat(k.Kind.Leads).Concat(k.Kind.Sentences).Concat(k.Kind.Quotes).Concat(k.Kind.ExpertQuotes))
            .Concat(data.Shared.Context).Concat(data.Shared.Closings).Concat(data.Shared.ClaimContents)
            .Concat(data.Clauses.PluralSubjects).Concat(data.Clauses.Objects).Concat(data.Clauses.Circumstances).Concat(data.Clauses.OwnObjects)
            .ToList();
        var cast = Cast.Draw(new Random(1), TestRegistry.Registry, data.Kinds[0].Kind, data);
        var filler = new SentenceFiller(new Random(1), cast, TestRegistry.Registry);

        Assert.True(templates.Count > 300);
        Assert.All(templates, t => Assert.DoesNotContain("{", filler.Fill(t)));
    }

    private static IReadOnlyList<AmountMatch> AmountsIn(string sentence) => TestRegistry.Analyzer.Analyze(sentence, null).Amounts;
}
