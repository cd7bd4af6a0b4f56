using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Tests.Analysis;

/// <summary>
/// Every entry of the French data files is exercised by at least one spec sentence, so a typo in the
/// data ("Mecredi") shows up as an entry no sentence reaches.
/// </summary>
public sealed class LexiconCoverageTests
{
    private static readonly FrenchLexicon Lexicon = FrenchLexicon.Instance;

    private static List<string> Folded(string file) => SpecFiles.Inputs(file).Select(i => FrenchText.Fold(i).ToLowerInvariant()).ToList();

    private static readonly string[] AllFiles = ["Sentences", "Actors", "References", "Amounts", "Dates", "Quotes", "Claims", "Events", "Hedges"];

    private static bool HasWord(IEnumerable<string> inputs, string word) =>
        inputs.Any(i => Regex.IsMatch(i, @"(?<!\w)" + Regex.Escape(word) + (word.EndsWith('\'') ? "" : @"(?!\w)")));

    private static void AssertCovered(string what, IEnumerable<string> entries, Func<string, bool> covered)
    {
        var missing = entries.Where(e => !covered(e)).ToList();
        Assert.True(missing.Count == 0, $"{what} without a spec sentence: {string.Join(", ", missing)}");
    }

    [Fact]
    public void CalendarEntries()
    {
        var dates = Folded("Dates");
        AssertCovered("months", Lexicon.Months.Keys, m => HasWord(dates, m));
        AssertCovered("weekdays", Lexicon.Weekdays, d => HasWord(dates, d));
        AssertCovered("deadline markers", Lexicon.DeadlineMarkers, d => HasWord(Folded("Events"), d));
        AssertCovered("relative dates", Lexicon.RelativeDates.Select(r => r.Phrase), p => HasWord(dates, p));
    }

    [Fact]
    public void MoneyEntries()
    {
        var amounts = Folded("Amounts");
        var raw = SpecFiles.Inputs("Amounts");
        AssertCovered("scales", Lexicon.Scales.Keys, s => HasWord(amounts, s));
        AssertCovered("number words", Lexicon.NumberWords.Keys, w => HasWord(amounts, w));
        AssertCovered("currency words", Lexicon.CurrencyWords.Keys, w => HasWord(amounts, w));
        AssertCovered("currency links", Lexicon.CurrencyLinks, l => HasWord(amounts, l));
        AssertCovered("money nouns", Lexicon.MoneyNouns, n => amounts.Any(i => Regex.IsMatch(i, @"milliards? (?:de |d')" + Regex.Escape(n) + @"(?!\w)")));
        AssertCovered("per-unit markers", Lexicon.PerUnitMarkers, m => SpecFiles.Inputs("Events").Any(i => Regex.IsMatch(i, @"[$€] ?" + Regex.Escape(m))));
        AssertCovered("range forms", Lexicon.RangeForms.Select(f => f.Opening + " … " + f.Link),
            f => amounts.Any(i => Regex.IsMatch(i, Regex.Escape(f.Split(" … ")[0]) + @" \d+ " + Regex.Escape(f.Split(" … ")[1]) + " ")));
        AssertCovered("currency symbols", Lexicon.CurrencySymbols.Keys, s => raw.Any(i => i.Contains(' ' + s, StringComparison.Ordinal)));
        AssertCovered("scale abbreviations", Lexicon.ScaleAbbreviations.Keys,
            a => raw.Any(i => Regex.IsMatch(i, @"\d ?" + Regex.Escape(a) + "[$€]")));
    }

    [Fact]
    public void SpeechEntries()
    {
        var claims = Folded("Claims");
        AssertCovered("speech verbs", Lexicon.SpeechVerbs.Select(v => v.Lemma),
            lemma => Lexicon.SpeechVerbs.Single(v => v.Lemma == lemma).Forms.Any(f => HasWord(claims, f)));
        AssertCovered("attribution markers", Lexicon.AttributionMarkers, m => HasWord(claims, m));
        AssertCovered("report nouns", Lexicon.ReportNouns, n => HasWord(claims, n));
        AssertCovered("opinion markers", Lexicon.OpinionMarkers, n => HasWord(claims, n));
        AssertCovered("side markers", Lexicon.SideMarkers, n => HasWord(claims, n));
        AssertCovered("document nouns", Lexicon.DocumentNouns, n => HasWord(claims, n));
        AssertCovered("person opinion markers", Lexicon.PersonOpinionMarkers, n => HasWord(claims, n));
        AssertCovered("relative pronouns", Lexicon.RelativePronouns, n => HasWord(claims, n));
        AssertCovered("hedges", Lexicon.Hedges, h => HasWord(Folded("Hedges"), h));
        AssertCovered("compound conjunction heads", Lexicon.CompoundConjunctionHeads, h => HasWord(claims, h + " que") || HasWord(claims, h + " qu'"));
        AssertCovered("infinitive complements", Lexicon.InfinitiveComplements, f => HasWord(claims, f));
    }

    [Fact]
    public void EventTriggers()
    {
        var events = Folded("Events");
        AssertCovered("event triggers", Lexicon.EventTriggers.Select(t => t.Type + ": " + t.Pattern),
            key => events.Any(i => Regex.IsMatch(i, @"(?<!\w)(?:" + key[(key.IndexOf(": ", StringComparison.Ordinal) + 2)..] + @")(?:(?<=')|(?!\w))")));
    }

    [Fact]
    public void EventContextEntries()
    {
        var events = Folded("Events");
        AssertCovered("debt words", Lexicon.DebtWords, w => HasWord(events, w));
        AssertCovered("fresh markers", Lexicon.FreshMarkers, w => HasWord(events, w));
    }

    [Fact]
    public void EpithetEntries()
    {
        var references = Folded("References");
        AssertCovered("epithet determiners", Lexicon.EpithetDeterminers, d => HasWord(references, d));
        AssertCovered("person heads", Lexicon.PersonHeads, h => HasWord(references, h));
        AssertCovered("organisation heads", Lexicon.OrganisationHeads, h => HasWord(references, h));
        AssertCovered("representative words", Lexicon.RepresentativeWords, r => HasWord(references, r + " de") || HasWord(references, r + " d'"));
        AssertCovered("role words", Lexicon.RoleWords, r => HasWord(references, r + " de") || HasWord(references, r + " d'"));
    }

    [Fact]
    public void GrammarEntries()
    {
        var all = AllFiles.SelectMany(Folded).ToList();
        var sentences = SpecFiles.Inputs("Sentences");
        AssertCovered("abbreviations", Lexicon.Abbreviations, a => sentences.Any(i => Regex.IsMatch(i, @"(?<!\w)" + Regex.Escape(a) + @"\.?\s")));
        AssertCovered("elisions", Lexicon.Elisions, e => HasWord(all, e + "'"));
        AssertCovered("prepositions", Lexicon.Prepositions, p => HasWord(all, p));
        AssertCovered("function words", Lexicon.FunctionWords, w => HasWord(all, w));
        AssertCovered("possessives", Lexicon.Possessives, w => HasWord(all, w));
        AssertCovered("subject followers", Lexicon.SubjectFollowers, w => HasWord(all, w));
        AssertCovered("pronouns", Lexicon.Pronouns.Keys, w => HasWord(all, w));
        AssertCovered("clause boundaries", Lexicon.ClauseBoundaries, w => HasWord(all, w));
        AssertCovered("speculation words", Lexicon.Speculation, w => HasWord(all, w));
        AssertCovered("intentions", Lexicon.Intentions, w => HasWord(all, w));
        AssertCovered("definite determiners", Lexicon.DefiniteDeterminers, w => HasWord(all, w));
        AssertCovered("auxiliaries", Lexicon.Auxiliaries, w => HasWord(all, w));
        AssertCovered("determiners", Lexicon.Determiners, w => HasWord(all, w));
        AssertCovered("coordinators", Lexicon.Coordinators, w => HasWord(all, w));
        AssertCovered("owner prepositions", Lexicon.OwnerPrepositions, w => HasWord(all, w));
        AssertCovered("agent prepositions", Lexicon.AgentPrepositions, w => HasWord(all, w));
        AssertCovered("relative words", Lexicon.RelativeWords, w => all.Any(i => i.Contains(", " + w + " ", StringComparison.Ordinal)));
        AssertCovered("stressed pronouns", Lexicon.StressedPronouns.Keys, w => HasWord(all, w));
        AssertCovered("conditional endings", Lexicon.ConditionalEndings, e => all.Any(i => Regex.IsMatch(i, @"\w{2,}" + e + @"(?!\w)")));
        AssertCovered("conditional lookalikes", Lexicon.ConditionalLookalikes, w => HasWord(Folded("Hedges"), w));
        AssertCovered("first names", Lexicon.FirstNames.Keys, n => SpecFiles.Inputs("Quotes").Any(i => i.Contains(n + " ", StringComparison.Ordinal)));
        AssertCovered("name particles", Lexicon.NameParticles, p => SpecFiles.Inputs("Quotes").Any(i => Regex.IsMatch(i, @"\p{Lu}\w+ " + p + @" \p{Lu}")));
    }
}

/// <summary>Every name, alias and epithet of seeds/actors.json is exercised by a spec sentence too.</summary>
public sealed class RegistryCoverageTests
{
    [Fact]
    public void NamesAndAliasesHaveActorSpecs()
    {
        var inputs = SpecFiles.Inputs("Actors");
        var missing = TestRegistry.Registry.Actors.SelectMany(a => a.Aliases.Prepend(a.Name))
            .Where(form => !inputs.Any(i => i.Contains(form, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "registry forms without a spec sentence: " + string.Join(", ", missing));
    }

    [Fact]
    public void EpithetsHaveReferenceSpecs()
    {
        var inputs = SpecFiles.Inputs("References").Select(i => FrenchText.Fold(i).ToLowerInvariant()).ToList();
        var missing = TestRegistry.Registry.Actors.SelectMany(a => a.Epithets)
            .Where(e => !inputs.Any(i => i.Contains(FrenchText.Fold(e).ToLowerInvariant(), StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "registry epithets without a spec sentence: " + string.Join(", ", missing));
    }
}
