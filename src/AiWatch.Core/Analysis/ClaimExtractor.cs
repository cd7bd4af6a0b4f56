using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>
/// Reported speech attributed to a registry actor, one claim per sentence: "X affirme/estime/soutient que…",
/// "X accuse Y de…" (Y is the target), "selon X, …", "l'affirmation de X selon laquelle…", participles
/// ("…, arguant que"). The speaker is the nearest actor reference before the verb in its clause, not
/// governed by a preposition; failing that, the sentence's subject, unless another name stands right
/// before the verb ("alors que Youtube déclare"). Verbs inside quotations, verbs used as nouns
/// ("l'estime de soi") and demands for money ("réclame 134 milliards", an event) are not claims.
/// </summary>
public static class ClaimExtractor
{
    private static readonly Lazy<Dictionary<string, SpeechVerb>> Verbs = new(BuildVerbs);

    private static string Markers => string.Join("|", FrenchLexicon.Instance.AttributionMarkers.Select(Regex.Escape));

    // "l'affirmation de Musk selon laquelle…"
    private static readonly Lazy<Regex> SelonLaquelle = new(() => new Regex(
        $@"(?<!\w)(?:{Markers}) (?:{string.Join("|", FrenchLexicon.Instance.RelativePronouns.Select(Regex.Escape))})(?!\w)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    // "selon Microsoft", "d'après la position de Musk": up to five words after the marker.
    private static readonly Lazy<Regex> Selon = new(() => new Regex(
        $@"(?<!\w)(?:{Markers}) (?!(?:{string.Join("|", FrenchLexicon.Instance.RelativePronouns.Select(Regex.Escape))})(?!\w))((?:[\w'-]+ ?){{1,5}})",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private readonly record struct FormHit(int Index, int Length, string Value);
    private static readonly Lazy<Regex> Boundaries = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.ClauseBoundaries.Select(Regex.Escape)) + @")(?:'|(?!\w))|[;:]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));
    // Relative clauses and parentheses between a subject and its verb: "Elon Musk, qui poursuit OpenAI, a raillé…".
    private static readonly Regex Asides = new(@", (?:qui|dont|ou) [^,;:]*,|\([^)]*\)|[—–] [^—–]* [—–]", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IReadOnlyList<ClaimMatch> Extract(ArticleContext context, IReadOnlyList<AmountMatch> amounts)
    {
        var claims = new List<ClaimMatch>();
        foreach (var sentence in context.Sentences)
        {
            var claim = FromSentence(context, sentence, amounts);
            if (claim is not null)
            {
                claims.Add(claim);
            }
        }
        return claims;
    }

    private static ClaimMatch? FromSentence(ArticleContext context, SentenceSpan sentence, IReadOnlyList<AmountMatch> amounts)
    {
        var references = context.ReferencesIn(sentence.Start, sentence.End).ToList();
        var cased = context.FoldedSentence(sentence, out var offset);
        var text = cased.ToLowerInvariant();
        bool Quoted(int at) => context.IsQuoted(at);
        int Original(int i) => context.Folded.ToOriginal(offset + i);
        var hedged = Hedging.IsHedged(text);

        // "Pour Jensen Huang, le patron de Nvidia, la demande reste forte."
        var opener = FrenchLexicon.Instance.OpinionMarkers.FirstOrDefault(o => text.StartsWith(o.EndsWith('\'') ? o : o + " ", StringComparison.Ordinal));
        if (opener is not null)
        {
            var first = references.FirstOrDefault();
            var gap = first is null ? -1 : first.Start - Original(opener.Length);
            if (first is not null && first.Kind == ReferenceKind.Literal && gap is >= 0 and <= 1
                && text.IndexOf(',', context.Folded.FromOriginal(first.Start) - offset) > 0
                && !references.Any(r => r.Slug != first.Slug && Coordinated(context.Text, first, r)))
            {
                return Claim(context, sentence, first.Slug, null, hedged);
            }
        }
        // "l'affirmation de Musk selon laquelle…": the actor named right before "selon laquelle".
        foreach (Match m in SelonLaquelle.Value.Matches(text))
        {
            var speaker = references.LastOrDefault(r => r.Start < Original(m.Index) && Original(m.Index) - (r.Start + r.Length) <= 2);
            if (speaker is not null && !Quoted(Original(m.Index)) && AfterReportNoun(context, speaker.Start))
            {
                return Claim(context, sentence, speaker.Slug, null, hedged);
            }
        }
        // "selon X", "selon la position de X", "d'après X".
        {
            // The attributed actor comes within a few words, before any punctuation: "selon la position de Musk".
            foreach (Match m in Selon.Value.Matches(text))
            {
                var from = Original(m.Groups[1].Index);
                var speaker = references.FirstOrDefault(r => r.Start >= from && r.Start < from + m.Groups[1].Length && r.Kind != ReferenceKind.Pronoun)?.Slug;
                // "selon lui", "d'après elle": the actor in sight.
                var pronoun = Clauses.NextWord(text, m.Groups[1].Index);
                if (speaker is null && pronoun is not null && FrenchLexicon.Instance.StressedPronouns.TryGetValue(pronoun, out var kind))
                {
                    speaker = ReferenceResolver.MostSalient(context, context.References, from, kind == "person");
                }
                if (speaker is not null && !Quoted(from))
                {
                    return Claim(context, sentence, speaker, null, true);
                }
            }
        }
        var byForm = Verbs.Value;
        foreach (var m in VerbForms(text, byForm))
        {
            var at = Original(m.Index);
            if (context.Quotations.Any(q => q.Close < at && at - q.Close <= 12))
            {
                continue; // «…», a déclaré X: the attribution of a direct quote, not reported speech
            }
            var afterName = references.Any(r => r.Start < at && at - (r.Start + r.Length) <= 1);
            if (Quoted(at) || (!afterName && FrenchLexicon.Instance.Determiners.Contains(Clauses.PreviousWord(text, m.Index) ?? "")))
            {
                continue;
            }
            var verb = byForm[m.Value];
            if (IsParticiple(context.Text.Substring(at, m.Length)) && !AfterAuxiliary(text, m.Index))
            {
                continue; // "un capex estimé à…": an adjective, not reported speech
            }
            if (m.Value == FrenchText.Fold(verb.Lemma).ToLowerInvariant()
                && FrenchLexicon.Instance.Prepositions.Contains((Clauses.PreviousWord(text, m.Index) ?? "").TrimEnd('\'')))
            {
                continue; // "pour répondre à la demande": an infinitive of purpose
            }
            // "Il coûtera moins de 30 000 dollars, a assuré Elon Musk.": the subject after the verb, in an incise.
            var inverted = InvertedSubject(context, text, m.Index, m.Index + m.Length, offset);
            if (inverted is not null)
            {
                return Claim(context, sentence, inverted.Slug, null, hedged);
            }
            if (verb.Complement is not null && !FollowedBy(text, m.Index + m.Length, verb.Complement))
            {
                continue; // "SoftBank soutient OpenAI": support, not speech
            }
            var clauseStart = ClauseStart(text, m.Index);
            if (verb.Kind == "demand" && amounts.Any(a => a.Start > at && a.Start < sentence.End && !Boundaries.Value.IsMatch(text[m.Index..(context.Folded.FromOriginal(a.Start) - offset)])))
            {
                continue; // "réclame 134 milliards de dollars à OpenAI": a damages claim, an event
            }
            var asides = Asides.Matches(text).Select(a => (Start: Original(a.Index), End: Original(a.Index + a.Length))).ToList();
            var candidates = references.Where(r => !asides.Any(a => r.Start > a.Start && r.Start < a.End) && !context.IsQuoted(r.Start)).ToList();
            var speaker = SpeakerBefore(context, candidates, Original(clauseStart), at, cased, m.Index);
            if (speaker is null)
            {
                continue;
            }
            var target = verb.Kind == "accuse"
                ? references.FirstOrDefault(r => r.Start > at && r.Slug != speaker.Slug && r.Kind == ReferenceKind.Literal)?.Slug
                : null;
            return Claim(context, sentence, speaker.Slug, target, hedged);
        }
        return null;
    }

    private static ActorReference? SpeakerBefore(ArticleContext context, List<ActorReference> references, int clauseStart, int verbAt, string text, int verbIndex)
    {
        var inClause = references.LastOrDefault(r => r.Start >= clauseStart && r.Start + r.Length <= verbAt && !Clauses.IsGoverned(context, r.Start));
        if (inClause is not null)
        {
            // "Google et Apple ont déclaré": several actors at once are not one speaker.
            return references.Any(r => r.Slug != inClause.Slug && Coordinated(context.Text, r, inClause)) ? null : inClause;
        }
        if (OtherNameBefore(text, verbIndex))
        {
            return null; // "alors que Youtube déclare": someone outside the registry speaks
        }
        var subject = references.FirstOrDefault(r => r.Start < verbAt && !Clauses.IsGoverned(context, r.Start));
        return subject;
    }

    /// <summary>
    /// A name outside the registry right before the verb ("alors que Youtube déclare"), unless a preposition
    /// governs it ("critiqué par Robert Downey Jr. pense": the subject is elsewhere).
    /// </summary>
    private static bool OtherNameBefore(string cased, int verbIndex)
    {
        var i = verbIndex;
        var words = 0;
        while (true)
        {
            var j = i;
            while (j > 0 && cased[j - 1] == ' ')
            {
                j--;
            }
            var end = j;
            while (j > 0 && (char.IsLetterOrDigit(cased[j - 1]) || cased[j - 1] is '-' or '.'))
            {
                j--;
            }
            if (end == j || !char.IsUpper(cased[j]))
            {
                break;
            }
            words++;
            i = j;
        }
        if (words == 0)
        {
            return false;
        }
        var previous = Clauses.PreviousWord(cased, i);
        return previous is null ? false : !FrenchLexicon.Instance.Prepositions.Contains(previous.TrimEnd('\''));
    }

    /// <summary>"l'affirmation de Musk", "la thèse d'Apple": a noun of saying governs the actor.</summary>
    private static bool AfterReportNoun(ArticleContext context, int start)
    {
        var at = context.Folded.FromOriginal(start);
        var before = context.Folded.Value[Math.Max(0, at - 24)..at].ToLowerInvariant();
        return FrenchLexicon.Instance.ReportNouns.SelectMany(n => new[] { n, n + "s" })
            .Any(n => before.EndsWith(n + " de ", StringComparison.Ordinal) || before.EndsWith(n + " d'", StringComparison.Ordinal));
    }

    private static bool Coordinated(string text, ActorReference a, ActorReference b)
    {
        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        var gap = first.Start + first.Length;
        var between = FrenchText.Fold(text[gap..Math.Max(gap, second.Start)]).Trim().ToLowerInvariant();
        return gap <= second.Start && (between == "," || FrenchLexicon.Instance.Coordinators.Contains(between));
    }

    /// <summary>", a assuré Elon Musk." / ", estime Nvidia": after a comma, the actor named right after the verb.</summary>
    private static ActorReference? InvertedSubject(ArticleContext context, string lower, int start, int end, int offset)
    {
        var before = lower[..start].TrimEnd();
        var auxiliary = Clauses.PreviousWord(lower, start);
        if (auxiliary is not null && FrenchLexicon.Instance.Auxiliaries.Contains(auxiliary))
        {
            before = before[..^auxiliary.Length].TrimEnd();
        }
        if (!before.EndsWith(','))
        {
            return null;
        }
        var next = end;
        while (next < lower.Length && lower[next] == ' ')
        {
            next++;
        }
        var at = context.Folded.ToOriginal(offset + next);
        var subject = context.ReferencesIn(at, at + 1).FirstOrDefault(r => r.Kind == ReferenceKind.Literal);
        if (subject is null)
        {
            return null;
        }
        // The incise closes the sentence: after the name only an apposition or the final stop may follow.
        var after = lower[(context.Folded.FromOriginal(subject.Start + subject.Length) - offset)..].TrimStart();
        return after.Length == 0 || after[0] is '.' or ',' or '!' or '…' or ';' ? subject : null;
    }

    /// <summary>"soutient que", "affirme spécifiquement qu'", "a déclaré :": the complement within three words, or a colon.</summary>
    private static bool FollowedBy(string lower, int end, string complement)
    {
        var elided = complement[..^1] + "'";
        var rest = lower[end..Math.Min(lower.Length, end + 60)];
        return Regex.IsMatch(rest, @"^(?:[ ,]+[\w-]+){0,3}?[ ,]+(?:" + Regex.Escape(complement) + @"(?!\w)|" + Regex.Escape(elided) + ")")
            || Regex.IsMatch(rest, @"^[ ]*:");
    }

    /// <summary>Past participles (affirmé, soutenu, averti) report speech only in a compound tense.</summary>
    private static bool IsParticiple(string original) =>
        original.Length > 0 && original[^1] is 'é' or 'u' or 'i' or 'É';

    /// <summary>"a affirmé", "a donc accusé", "avait ensuite déclaré": an auxiliary within the two previous words.</summary>
    private static bool AfterAuxiliary(string lower, int index)
    {
        var at = index;
        for (var i = 0; i < 3; i++)
        {
            var word = Clauses.PreviousWord(lower, at);
            if (word is null)
            {
                return false;
            }
            if (FrenchLexicon.Instance.Auxiliaries.Contains(word))
            {
                return true;
            }
            at = lower.LastIndexOf(word, at - 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
        }
        return false;
    }

    private static int ClauseStart(string text, int verbIndex)
    {
        var start = 0;
        foreach (Match b in Boundaries.Value.Matches(text[..verbIndex]))
        {
            start = b.Index + b.Length;
        }
        return start;
    }

    private static ClaimMatch Claim(ArticleContext context, SentenceSpan sentence, string speaker, string? target, bool hedged) =>
        new(speaker, target == speaker ? null : target, sentence.TextOf(context.Text), hedged, sentence.Start, sentence.Length);

    /// <summary>Speech-verb forms of a lower-case sentence, word by word ("se dit" and "a écrit" span two words).</summary>
    private static IEnumerable<FormHit> VerbForms(string text, Dictionary<string, SpeechVerb> byForm)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '-')))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            var next = end + 1;
            var nextEnd = next;
            while (nextEnd < text.Length && char.IsLetter(text[nextEnd]))
            {
                nextEnd++;
            }
            if (end < text.Length && text[end] == ' ' && nextEnd > next && (nextEnd == text.Length || !IsWordTail(text[nextEnd]))
                && byForm.ContainsKey(text[i..nextEnd]))
            {
                yield return new FormHit(i, nextEnd - i, text[i..nextEnd]);
            }
            else if ((end == text.Length || !IsWordTail(text[end])) && byForm.ContainsKey(text[i..end]))
            {
                yield return new FormHit(i, end - i, text[i..end]);
            }
            i = end;
        }
    }

    private static bool IsWordTail(char c) => char.IsLetterOrDigit(c) || c == '\'';

    private static Dictionary<string, SpeechVerb> BuildVerbs()
    {
        var byForm = new Dictionary<string, SpeechVerb>(StringComparer.Ordinal);
        foreach (var verb in FrenchLexicon.Instance.SpeechVerbs)
        {
            // The infinitive too: "Nvidia pourrait affirmer que…".
            foreach (var form in verb.Forms.Prepend(FrenchText.Fold(verb.Lemma).ToLowerInvariant()))
            {
                byForm.TryAdd(form, verb);
            }
        }
        return byForm;
    }
}
