using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>
/// Resolves non-literal references, which designate an actor without naming it: registry epithets
/// ("la firme de Redmond"), role descriptions tied to a named organisation ("le patron de SoftBank" → the
/// registry person affiliated with SoftBank), generic descriptions ("le milliardaire", "l'éditeur") and the
/// subject pronouns il/elle. A description or pronoun stands for the most salient actor of its kind: the
/// first one named in the latest sentence that names one. These references feed claims, quotes and event
/// participants; they never count as mentions.
/// </summary>
public static class ReferenceResolver
{
    private const int RecencySentences = 2;

    private static readonly Dictionary<ActorRegistry, Regex?> EpithetPatterns = new(ReferenceEqualityComparer.Instance);
    private static readonly Lazy<Regex> GenericPattern = new(BuildGeneric);
    private static readonly Lazy<Regex> RolePrefix = new(BuildRolePrefix);
    private static readonly Lazy<Regex> PronounPattern = new(BuildPronouns);

    public static IReadOnlyList<ActorReference> Resolve(ArticleContext context)
    {
        var references = context.Mentions
            .Select(m => new ActorReference(m.Slug, m.Start, m.Length, ReferenceKind.Literal))
            .ToList();
        var folded = context.Folded;
        var taken = new List<(int Start, int End)>();

        foreach (var (slug, start, length) in RegistryEpithets(context))
        {
            references.Add(new ActorReference(slug, start, length, ReferenceKind.Epithet));
            taken.Add((start, start + length));
        }
        foreach (var mention in context.Mentions.Where(m => !context.IsPerson(m.Slug)))
        {
            var at = folded.FromOriginal(mention.Start);
            var from = Math.Max(0, at - 40);
            var role = RolePrefix.Value.Match(folded.Value[from..at]);
            // "Brad Smith, le président de Microsoft": a person outside the registry, speaking for the organisation.
            var representative = role.Success && AppositionToUnknownName(context, from + role.Index);
            var person = !role.Success ? null : representative ? mention.Slug : AffiliatedPerson(context.Registry, mention.Slug);
            if (person is not null)
            {
                var start = folded.ToOriginal(from + role.Index);
                references.Add(new ActorReference(person, start, mention.Start - start, representative ? ReferenceKind.Representative : ReferenceKind.Epithet));
                taken.Add((start, mention.Start + mention.Length));
            }
        }
        references.Sort((a, b) => a.Start.CompareTo(b.Start));
        // Representatives of named actors first, so that a later "il" can stand for them.
        AddRepresentatives(context, references);

        var pending = new List<(int Start, int Length, bool Person, ReferenceKind Kind, string? Owner)>();
        foreach (Match m in GenericPattern.Value.Matches(folded.Value))
        {
            var (start, length) = folded.ToOriginal(m.Index, m.Length);
            if (taken.Any(t => start < t.End && t.Start < start + length))
            {
                continue;
            }
            if (IsApposition(folded.Value, m.Index + m.Length))
            {
                continue; // "la start-up britannique Nscale": the description of a name outside the registry
            }
            var head = m.Groups["person"].Success ? m.Groups["person"] : m.Groups["organisation"];
            if (head.Length > 1 && char.IsUpper(folded.Value[head.Index]) && char.IsLower(folded.Value[head.Index + 1]) && char.IsLower(folded.Value[m.Index]))
            {
                continue; // "la Société des gens de lettres": a capitalised head after a lower-case article is a name ("le PDG" is not)
            }
            var isPerson = m.Groups["person"].Success;
            // "le groupe de Larry Ellison": the organisation of the person named right after.
            var owner = isPerson ? null : OwnerOf(context, start + length);
            pending.Add((start, length, isPerson, ReferenceKind.Epithet, owner));
        }
        foreach (Match m in PronounPattern.Value.Matches(folded.Value))
        {
            var (start, length) = folded.ToOriginal(m.Index, m.Length);
            var kind = FrenchLexicon.Instance.Pronouns[m.Value.ToLowerInvariant()];
            pending.Add((start, length, kind == "person", ReferenceKind.Pronoun, null));
        }
        foreach (var p in pending.OrderBy(p => p.Start))
        {
            // A description governed by a preposition ("investi dans la société") is an object: it designates
            // an actor of the previous sentences, not the subject just named in its own sentence.
            var asOf = p.Kind == ReferenceKind.Epithet && Clauses.IsGoverned(context, p.Start)
                ? context.SentenceAt(p.Start)?.Start ?? p.Start
                : p.Start;
            var slug = p.Owner ?? MostSalient(context, references, asOf, p.Person);
            if (slug is not null)
            {
                references.Insert(ArticleContext.FirstReferenceAt(references, p.Start + 1), new ActorReference(slug, p.Start, p.Length, p.Kind));
            }
        }
        // Then those of described actors: "les dirigeants de la start-up".
        AddRepresentatives(context, references);
        return references;
    }

    /// <summary>The actor a pronoun or description of the given kind at <paramref name="position"/> most likely designates.</summary>
    public static string? MostSalient(ArticleContext context, IReadOnlyList<ActorReference> references, int position, bool person)
    {
        // Only actors of the current or the two previous sentences are in sight.
        var here = context.SentenceAt(position)?.Index ?? 0;
        var horizon = context.Sentences.Count == 0 ? 0 : context.Sentences[Math.Max(0, here - RecencySentences)].Start;
        var last = -1;
        for (var i = ArticleContext.FirstReferenceAt(references, position) - 1; i >= 0 && references[i].Start >= horizon; i--)
        {
            if (IsPersonLike(context, references[i]) == person)
            {
                last = i;
                break;
            }
        }
        if (last < 0)
        {
            return null;
        }
        var from = context.SentenceAt(references[last].Start)?.Start ?? 0;
        for (var i = ArticleContext.FirstReferenceAt(references, from); i <= last; i++)
        {
            if (IsPersonLike(context, references[i]) == person)
            {
                return references[i].Slug;
            }
        }
        return references[last].Slug;
    }

    /// <summary>A registry person, or someone speaking for an organisation: what "il" and "lui" can stand for.</summary>
    public static bool IsPersonLike(ArticleContext context, ActorReference reference) =>
        reference.Kind == ReferenceKind.Representative || context.IsPerson(reference.Slug);

    /// <summary>A capitalised name right after the description, past at most one adjective ("britannique", "américaine").</summary>
    private static bool IsApposition(string text, int end)
    {
        var word = Clauses.NextWordCased(text, end, out var next);
        if (word is not null && char.IsLower(word[0]) && FrenchLexicon.Instance.AdjectiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            word = Clauses.NextWordCased(text, next, out _);
        }
        return word is not null && (char.IsUpper(word[0]) || word.Any(char.IsUpper));
    }

    /// <summary>
    /// "L'avocat d'OpenAI", "un porte-parole d'Apple", "les dirigeants de la start-up": someone who speaks for
    /// the actor named right after, so what they say is the actor's (a reference spanning the description).
    /// </summary>
    private static void AddRepresentatives(ArticleContext context, List<ActorReference> references)
    {
        foreach (var representative in Representatives(context, references).ToList())
        {
            // "le directeur général de Microsoft" is already its chief (an epithet), not a spokesperson.
            if (!references.Any(r => r.Start == representative.Start && r.Kind is ReferenceKind.Representative or ReferenceKind.Epithet))
            {
                references.Insert(ArticleContext.FirstReferenceAt(references, representative.Start), representative);
            }
        }
    }

    private static IEnumerable<ActorReference> Representatives(ArticleContext context, List<ActorReference> references)
    {
        var folded = context.Folded;
        foreach (var reference in references.Where(r => r.Kind is not (ReferenceKind.Pronoun or ReferenceKind.Representative)))
        {
            var at = folded.FromOriginal(reference.Start);
            var from = Math.Max(0, at - 60);
            // "l'avocat du milliardaire": the description's own "du" links it to the representative.
            var linked = folded.Value.AsSpan(at).StartsWith("du ", StringComparison.OrdinalIgnoreCase) ? "du " : "";
            // Most names follow no preposition at all: skip the regex for them (it runs for every reference).
            var before = folded.Value.AsSpan(from, at - from);
            if (linked.Length == 0 && !before.EndsWith("de ", StringComparison.OrdinalIgnoreCase) && !before.EndsWith("d'", StringComparison.OrdinalIgnoreCase)
                && !before.EndsWith("du ", StringComparison.OrdinalIgnoreCase) && !before.EndsWith("de la ", StringComparison.OrdinalIgnoreCase)
                && !before.EndsWith("de l'", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var m = RepresentativePrefix.Value.Match(folded.Value[from..at] + linked);
            if (m.Success)
            {
                var start = folded.ToOriginal(from + m.Index);
                yield return new ActorReference(reference.Slug, start, reference.Start - start, ReferenceKind.Representative);
            }
        }
    }

    /// <summary>", le président de" right after a capitalised name that is not a registry actor ("Brad Smith").</summary>
    private static bool AppositionToUnknownName(ArticleContext context, int foldedRoleStart)
    {
        var before = context.Folded.Value[Math.Max(0, foldedRoleStart - 40)..foldedRoleStart];
        var name = UnknownNameBefore.Match(before);
        if (!name.Success)
        {
            return false;
        }
        var nameStart = context.Folded.ToOriginal(foldedRoleStart - before.Length + name.Index);
        return !context.Mentions.Any(m => m.Start >= nameStart && m.Start < context.Folded.ToOriginal(foldedRoleStart));
    }

    // "Brad Smith, " / "Bret Taylor, ": two or three capitalised words and a comma, right before the role.
    private static readonly Regex UnknownNameBefore = new(
        @"(?<!\w)\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){1,2}, $", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "l'avocat d'" / "un porte-parole de " / "les dirigeants de la " / "le directeur des affaires internationales de "
    // (at most four words qualifying the role) right before the actor's reference.
    private static readonly Lazy<Regex> RepresentativePrefix = new(() => new Regex(
        $@"(?<!\w)(?:{string.Join("|", FrenchLexicon.Instance.EpithetDeterminers.Concat(["les", "un", "une"]).Distinct().Select(d => Regex.Escape(d) + (d.EndsWith('\'') ? "" : " ")))})"
            + $@"(?:{string.Join("|", FrenchLexicon.Instance.RepresentativeWords.Select(Regex.Escape))})(?: [\p{{L}}'-]+){{0,4}}? (?:de |d'|de la |de l'|du )$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static string? OwnerOf(ArticleContext context, int end)
    {
        var text = context.Folded.Value;
        var at = context.Folded.FromOriginal(end);
        var rest = text.AsSpan(at, Math.Min(4, text.Length - at)).ToString().ToLowerInvariant();
        if (!rest.StartsWith(" de ", StringComparison.Ordinal) && !rest.StartsWith(" d'", StringComparison.Ordinal))
        {
            return null;
        }
        var person = context.Mentions.FirstOrDefault(m => m.Start > end && m.Start <= end + 4 && context.IsPerson(m.Slug));
        var affiliations = person is null ? [] : context.Registry.Find(person.Slug)?.Affiliations.Select(a => a.Organisation).ToList() ?? [];
        // "la société d'Elon Musk" after a line about xAI: of the person's organisations, the one named last.
        return affiliations
            .Select(o => (Organisation: o, Last: context.Mentions.LastOrDefault(m => m.Slug == o && m.Start < end)?.Start ?? -1))
            .OrderByDescending(x => x.Last)
            .Select(x => x.Organisation)
            .FirstOrDefault();
    }

    private static string? AffiliatedPerson(ActorRegistry registry, string organisation) =>
        registry.Actors.FirstOrDefault(a => a.IsPerson && a.Affiliations.Any(f => f.Organisation == organisation))?.Slug;

    private static IEnumerable<(string Slug, int Start, int Length)> RegistryEpithets(ArticleContext context)
    {
        Regex? pattern;
        lock (EpithetPatterns)
        {
            if (!EpithetPatterns.TryGetValue(context.Registry, out pattern))
            {
                var epithets = context.Registry.Actors.SelectMany(a => a.Epithets).Select(e => Regex.Escape(FrenchText.Fold(e))).ToList();
                pattern = epithets.Count == 0 ? null : new Regex(
                    @"(?<!\w)(?:" + string.Join("|", epithets.OrderByDescending(e => e.Length)) + @")(?!\w)",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
                EpithetPatterns[context.Registry] = pattern;
            }
        }
        if (pattern is null)
        {
            yield break;
        }
        var bySurface = context.Registry.Actors
            .SelectMany(a => a.Epithets.Select(e => (Key: FrenchText.Fold(e).ToLowerInvariant(), a.Slug)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Slug);
        foreach (Match m in pattern.Matches(context.Folded.Value))
        {
            var (start, length) = context.Folded.ToOriginal(m.Index, m.Length);
            yield return (bySurface[m.Value.ToLowerInvariant()], start, length);
        }
    }

    // "L'entrepreneur milliardaire", "le géant technologique", "l'éditeur": determiner + head noun.
    private static Regex BuildGeneric()
    {
        var lexicon = FrenchLexicon.Instance;
        var determiners = string.Join("|", lexicon.EpithetDeterminers.Select(d => Regex.Escape(d) + (d.EndsWith('\'') ? "" : " ")));
        string Heads(IEnumerable<string> heads) => string.Join("|", heads.OrderByDescending(h => h.Length).Select(Regex.Escape));
        return new Regex(
            $@"(?<!\w)(?:{determiners})(?:(?<person>{Heads(lexicon.PersonHeads)})|(?<organisation>{Heads(lexicon.OrganisationHeads)}))(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    // "le patron de " / "le PDG d'" right before an organisation's name.
    private static Regex BuildRolePrefix()
    {
        var roles = string.Join("|", FrenchLexicon.Instance.RoleWords.Select(Regex.Escape));
        return new Regex($@"(?<!\w)(?:le |la |l'|du )(?:{roles}) (?:de |d')$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    // Subject pronouns at the start of a sentence or clause, or inverted: "Il soutient que…", ", elle prévoit…", "a-t-il assuré".
    private static Regex BuildPronouns()
    {
        var pronouns = string.Join("|", FrenchLexicon.Instance.Pronouns.Keys.Select(Regex.Escape));
        return new Regex($@"(?:^|(?<=[.!?…:;,•]\s+)|(?<=\bqu')|(?<=\w-t-|\w-))(?:{pronouns})(?![\w'-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Compiled);
    }
}
