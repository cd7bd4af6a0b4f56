using System.Text.Json;

namespace AiWatch.Core.Analysis.French;

/// <summary>
/// A speech verb: its lemma, how it is used ("say", "accuse", "demand"), its written forms, and the word that
/// must follow it to report speech, if any ("soutient que…" reports, "soutient OpenAI" does not).
/// </summary>
public sealed record SpeechVerb(string Lemma, string Kind, IReadOnlyList<string> Forms, string? Complement = null);

/// <summary>
/// An event trigger: a regex over folded, lower-case text; some only count next to a money amount. A deal object
/// ("puissance de calcul", "gigawatts") is what a deal named before it in the sentence buys, not an event of its own.
/// A named trigger is a project's proper name ("Stargate"): every later mention without money is the same happening.
/// An actor-object trigger counts only with a registry actor right after it ("poursuit OpenAI", not "poursuit ses efforts").
/// </summary>
public sealed record EventTrigger(string Type, string Pattern, bool RequiresAmount, bool DealObject = false, bool Named = false, bool ActorObject = false);

/// <summary>
/// A relative date phrase ("l'an prochain") and the shift it means from the article's date. A season names a
/// month of its own (<paramref name="Month"/>: "cet été" → July); <paramref name="Direction"/> "past" takes the
/// latest such month before the article ("l'été dernier"), "next" the first one after it.
/// </summary>
public sealed record RelativeDate(string Phrase, int Years, int Months, int Days, string Precision, int? Month = null, string? Direction = null);

/// <summary>
/// The French language data of the analyser, read once from the JSON files under French/Data
/// (embedded resources). Words are stored folded (<see cref="FrenchText.Fold"/>), so lookups are
/// accent-insensitive; matching code never holds French words of its own.
/// </summary>
public sealed class FrenchLexicon
{
    private static readonly Lazy<FrenchLexicon> Lazy = new(Load);

    public static FrenchLexicon Instance => Lazy.Value;

    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlyList<string> Weekdays { get; init; }
    /// <summary>Words that make the date after them a deadline or a start ("avant 2029", "à partir de 2027"), not an event's date.</summary>
    public required IReadOnlyList<string> DeadlineMarkers { get; init; }
    public required IReadOnlyList<RelativeDate> RelativeDates { get; init; }
    public required IReadOnlyDictionary<string, decimal> Scales { get; init; }
    public required IReadOnlyDictionary<string, decimal> ScaleAbbreviations { get; init; }
    public required IReadOnlyDictionary<string, decimal> NumberWords { get; init; }
    public required IReadOnlyDictionary<string, string> CurrencyWords { get; init; }
    public required IReadOnlyDictionary<string, string> CurrencySymbols { get; init; }
    public required IReadOnlyList<SpeechVerb> SpeechVerbs { get; init; }
    public required IReadOnlyList<string> AttributionMarkers { get; init; }
    /// <summary>Openers that give the rest of the sentence as someone's view: "Pour Jensen Huang, …".</summary>
    public required IReadOnlyList<string> OpinionMarkers { get; init; }
    /// <summary>Writings that "selon" may cite ("selon le communiqué publié par le groupe"): a document's account, nobody's claim.</summary>
    public required IReadOnlyList<string> DocumentNouns { get; init; }
    /// <summary>Openers that give a view only when they name a person: "Pour Jensen Huang, …" (but "Pour Oracle, l'enjeu…" is what is at stake).</summary>
    public required IReadOnlyList<string> PersonOpinionMarkers { get; init; }
    /// <summary>Openers naming whose side the rest reports ("Du côté d'OpenAI, on assure que…"): a claim only with a speech verb.</summary>
    public required IReadOnlyList<string> SideMarkers { get; init; }
    public required IReadOnlyList<string> ReportNouns { get; init; }
    /// <summary>"selon laquelle": the relative pronouns that turn a marker into a report of someone's statement.</summary>
    public required IReadOnlyList<string> RelativePronouns { get; init; }
    public required IReadOnlyList<string> Hedges { get; init; }
    /// <summary>First words of conjunctions ending in "que" ("tandis que"): a "que" after them is no verb's complement.</summary>
    public required IReadOnlySet<string> CompoundConjunctionHeads { get; init; }
    /// <summary>Compound infinitives that complement a speech verb like "que" does: "assure n'avoir jamais…".</summary>
    public required IReadOnlyList<string> InfinitiveComplements { get; init; }
    public required IReadOnlySet<string> Abbreviations { get; init; }
    public required IReadOnlyList<string> Elisions { get; init; }
    public required IReadOnlySet<string> Prepositions { get; init; }
    public required IReadOnlySet<string> FunctionWords { get; init; }
    public required IReadOnlySet<string> Possessives { get; init; }
    public required IReadOnlySet<string> SubjectFollowers { get; init; }
    /// <summary>Subject pronoun → the kind of actor it most likely stands for ("person", "organisation").</summary>
    public required IReadOnlyDictionary<string, string> Pronouns { get; init; }
    /// <summary>First names that tell a person's gender ("Marie Lefort" → feminine), for "elle"/"il" after a named person outside the registry.</summary>
    public required IReadOnlyDictionary<string, bool> FirstNames { get; init; }
    /// <summary>Pronouns after a preposition ("selon lui") → the kind of actor they stand for.</summary>
    public required IReadOnlyDictionary<string, string> StressedPronouns { get; init; }
    public required IReadOnlyList<string> ClauseBoundaries { get; init; }
    /// <summary>Words after which a verb form is a noun ("l'estime de soi").</summary>
    public required IReadOnlySet<string> Determiners { get; init; }
    public required IReadOnlyList<string> Coordinators { get; init; }
    /// <summary>The preposition of a passive's agent: "le rachat de Mistral par Microsoft".</summary>
    public required IReadOnlySet<string> AgentPrepositions { get; init; }
    /// <summary>What links an organisation to its owner: "la start-up de Musk", "xAI d'Elon Musk".</summary>
    public required IReadOnlySet<string> OwnerPrepositions { get; init; }
    /// <summary>Words opening a relative clause (", qui poursuit OpenAI,"), an aside between subject and verb.</summary>
    public required IReadOnlyList<string> RelativeWords { get; init; }
    /// <summary>Verb endings of the conditional ("réclamerait"), the mood of what is not established.</summary>
    public required IReadOnlyList<string> ConditionalEndings { get; init; }
    /// <summary>Nouns and adjectives that end like a conditional and are none ("retrait", "portrait").</summary>
    public required IReadOnlySet<string> ConditionalLookalikes { get; init; }
    /// <summary>Lower-case particles inside names ("Jean de La Fontaine").</summary>
    public required IReadOnlyList<string> NameParticles { get; init; }
    /// <summary>"de dollars", "d'euros": what links an amount to its currency or unit.</summary>
    public required IReadOnlyList<string> CurrencyLinks { get; init; }
    /// <summary>Nouns after "milliards de" that keep the figure money ("40 milliards de valorisation"), unlike a count ("de paramètres").</summary>
    public required IReadOnlyList<string> MoneyNouns { get; init; }
    /// <summary>What makes an amount a price per unit: "par mois", "/an".</summary>
    public required IReadOnlyList<string> PerUnitMarkers { get; init; }
    /// <summary>Ranges whose first bound is a bare number: "de 40 à 20 milliards", "entre 40 et 50 milliards".</summary>
    public required IReadOnlyList<(string Opening, string Link)> RangeForms { get; init; }
    public required IReadOnlySet<string> DefiniteDeterminers { get; init; }
    public required IReadOnlySet<string> Auxiliaries { get; init; }
    public required IReadOnlyList<string> Speculation { get; init; }
    /// <summary>Verbs of intention whose object has not happened: "envisage de porter plainte", "menace de poursuivre".</summary>
    public required IReadOnlyList<string> Intentions { get; init; }
    public required IReadOnlyList<string> EpithetDeterminers { get; init; }
    public required IReadOnlyList<string> PersonHeads { get; init; }
    public required IReadOnlyList<string> OrganisationHeads { get; init; }
    public required IReadOnlyList<string> RoleWords { get; init; }
    /// <summary>People who speak for an actor without being one: "l'avocat d'OpenAI", "un porte-parole d'Apple".</summary>
    public required IReadOnlyList<string> RepresentativeWords { get; init; }
    /// <summary>Endings of the adjectives (mostly nationalities) that may stand between a description and a name: "la start-up britannique Nscale".</summary>
    public required IReadOnlyList<string> AdjectiveEndings { get; init; }
    public required IReadOnlyList<EventTrigger> EventTriggers { get; init; }
    /// <summary>Words after an investment trigger that make the money borrowed ("marché obligataire", "dette").</summary>
    public required IReadOnlyList<string> DebtWords { get; init; }
    /// <summary>Additive words before a trigger that make it one more happening ("a également porté plainte").</summary>
    public required IReadOnlyList<string> FreshMarkers { get; init; }

    private static FrenchLexicon Load()
    {
        using var calendar = Read("calendar.json");
        using var money = Read("money.json");
        using var speech = Read("speech.json");
        using var grammar = Read("grammar.json");
        using var epithets = Read("epithets.json");
        using var events = Read("events.json");
        var c = calendar.RootElement;
        var m = money.RootElement;
        var s = speech.RootElement;
        var g = grammar.RootElement;
        var e = epithets.RootElement;
        return new FrenchLexicon
        {
            Months = Map(c.GetProperty("months"), v => v.GetInt32()),
            Weekdays = Words(c.GetProperty("weekdays")),
            DeadlineMarkers = Words(c.GetProperty("deadlineMarkers")),
            RelativeDates = c.GetProperty("relative").EnumerateArray().Select(r => new RelativeDate(
                FrenchText.Fold(r.GetProperty("phrase").GetString()!),
                Int(r, "years"), Int(r, "months"), Int(r, "days"),
                r.GetProperty("precision").GetString()!,
                r.TryGetProperty("month", out var month) ? month.GetInt32() : null,
                r.TryGetProperty("direction", out var direction) ? direction.GetString() : null)).ToList(),
            Scales = Map(m.GetProperty("scales"), v => v.GetDecimal()),
            // Abbreviations are case-sensitive ("M$" is a million, "m" is a metre): not folded.
            ScaleAbbreviations = m.GetProperty("scaleAbbreviations").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal()),
            NumberWords = Map(m.GetProperty("numberWords"), v => v.GetDecimal()),
            MoneyNouns = Words(m.GetProperty("moneyNouns")),
            CurrencyWords = Map(m.GetProperty("currencyWords"), v => v.GetString()!),
            CurrencySymbols = m.GetProperty("currencySymbols").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            SpeechVerbs = s.GetProperty("verbs").EnumerateArray().Select(v => new SpeechVerb(
                v.GetProperty("lemma").GetString()!,
                v.TryGetProperty("kind", out var kind) ? kind.GetString()! : "say",
                Words(v.GetProperty("forms")),
                v.TryGetProperty("complement", out var complement) ? FrenchText.Fold(complement.GetString()!) : null)).ToList(),
            AttributionMarkers = Words(s.GetProperty("attributionMarkers")),
            OpinionMarkers = Words(s.GetProperty("opinionMarkers")),
            SideMarkers = Words(s.GetProperty("sideMarkers")),
            ReportNouns = Words(s.GetProperty("reportNouns")),
            RelativePronouns = Words(s.GetProperty("relativePronouns")),
            PersonOpinionMarkers = Words(s.GetProperty("personOpinionMarkers")),
            DocumentNouns = Words(s.GetProperty("documentNouns")),
            Hedges = Words(s.GetProperty("hedges")),
            CompoundConjunctionHeads = Words(s.GetProperty("compoundConjunctionHeads")).ToHashSet(StringComparer.Ordinal),
            InfinitiveComplements = Words(s.GetProperty("infinitiveComplements")),
            Abbreviations = g.GetProperty("abbreviations").EnumerateArray().Select(a => a.GetString()!).ToHashSet(StringComparer.Ordinal),
            Elisions = Words(g.GetProperty("elisions")),
            Prepositions = Words(g.GetProperty("prepositions")).ToHashSet(StringComparer.OrdinalIgnoreCase),
            FunctionWords = Words(g.GetProperty("functionWords")).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Possessives = Words(g.GetProperty("possessives")).ToHashSet(StringComparer.OrdinalIgnoreCase),
            SubjectFollowers = Words(g.GetProperty("subjectFollowers")).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Pronouns = Map(g.GetProperty("pronouns"), v => v.GetString()!),
            StressedPronouns = Map(g.GetProperty("stressedPronouns"), v => v.GetString()!),
            FirstNames = FirstNamesOf(g.GetProperty("firstNames")),
            ClauseBoundaries = Words(g.GetProperty("clauseBoundaries")),
            Determiners = Words(g.GetProperty("determiners")).ToHashSet(StringComparer.Ordinal),
            Coordinators = Words(g.GetProperty("coordinators")),
            AgentPrepositions = Words(g.GetProperty("agentPrepositions")).ToHashSet(StringComparer.Ordinal),
            OwnerPrepositions = Words(g.GetProperty("ownerPrepositions")).ToHashSet(StringComparer.Ordinal),
            RelativeWords = Words(g.GetProperty("relativeWords")),
            ConditionalEndings = Words(g.GetProperty("conditionalEndings")),
            ConditionalLookalikes = Words(g.GetProperty("conditionalLookalikes")).ToHashSet(StringComparer.Ordinal),
            NameParticles = Words(g.GetProperty("nameParticles")),
            CurrencyLinks = Words(m.GetProperty("currencyLinks")),
            PerUnitMarkers = m.GetProperty("perUnitMarkers").EnumerateArray().Select(x => x.GetString()!).ToList(),
            RangeForms = m.GetProperty("rangeForms").EnumerateArray()
                .Select(x => (FrenchText.Fold(x.GetProperty("opening").GetString()!), FrenchText.Fold(x.GetProperty("link").GetString()!))).ToList(),
            DefiniteDeterminers = Words(g.GetProperty("definiteDeterminers")).ToHashSet(StringComparer.Ordinal),
            Auxiliaries = Words(g.GetProperty("auxiliaries")).ToHashSet(StringComparer.Ordinal),
            Speculation = Words(g.GetProperty("speculation")),
            Intentions = Words(g.GetProperty("intentions")),
            EpithetDeterminers = Words(e.GetProperty("determiners")),
            PersonHeads = Words(e.GetProperty("personHeads")),
            OrganisationHeads = Words(e.GetProperty("organisationHeads")),
            RoleWords = Words(e.GetProperty("roleWords")),
            RepresentativeWords = Words(e.GetProperty("representativeWords")),
            AdjectiveEndings = Words(e.GetProperty("adjectiveEndings")),
            DebtWords = Words(events.RootElement.GetProperty("debtWords")),
            FreshMarkers = Words(events.RootElement.GetProperty("freshMarkers")),
            EventTriggers = events.RootElement.GetProperty("types").EnumerateObject()
                .SelectMany(t => t.Value.EnumerateArray().Select(x => new EventTrigger(
                    t.Name,
                    x.GetProperty("pattern").GetString()!,
                    x.TryGetProperty("requiresAmount", out var r) && r.GetBoolean(),
                    x.TryGetProperty("dealObject", out var o) && o.GetBoolean(),
                    x.TryGetProperty("named", out var n) && n.GetBoolean(),
                    x.TryGetProperty("actorObject", out var ao) && ao.GetBoolean())))
                .ToList(),
        };
    }

    // Not folded: a first name is matched as written, capital included.
    private static Dictionary<string, bool> FirstNamesOf(JsonElement names) =>
        names.GetProperty("feminine").EnumerateArray().Select(n => (Name: n.GetString()!, Feminine: true))
            .Concat(names.GetProperty("masculine").EnumerateArray().Select(n => (Name: n.GetString()!, Feminine: false)))
            .ToDictionary(n => n.Name.Normalize(System.Text.NormalizationForm.FormC), n => n.Feminine, StringComparer.Ordinal);

    private static int Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetInt32() : 0;

    private static List<string> Words(JsonElement array) =>
        array.EnumerateArray().Select(w => FrenchText.Fold(w.GetString()!).ToLowerInvariant()).ToList();

    private static Dictionary<string, T> Map<T>(JsonElement obj, Func<JsonElement, T> value) =>
        obj.EnumerateObject().ToDictionary(p => FrenchText.Fold(p.Name).ToLowerInvariant(), p => value(p.Value));

    private static JsonDocument Read(string file)
    {
        var assembly = typeof(FrenchLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(".Data." + file, StringComparison.Ordinal))
            ?? throw new InvalidDataException($"French lexicon resource {file} is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
    }
}
