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
    private static string Markers => string.Join("|", FrenchLexicon.Instance.AttributionMarkers.Select(Regex.Escape));

    // "l'affirmation de Musk selon laquelle…"
    private static readonly Lazy<Regex> SelonLaquelle = new(() => new Regex(
        $@"(?<!\w)(?:{Markers}) (?:{string.Join("|", FrenchLexicon.Instance.RelativePronouns.Select(Regex.Escape))})(?!\w)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    // "selon Microsoft", "d'après la position de Musk": up to five words after the marker.
    private static readonly Lazy<Regex> Selon = new(() => new Regex(
        $@"(?<!\w)(?:{Markers}) (?!(?:{string.Join("|", FrenchLexicon.Instance.RelativePronouns.Select(Regex.Escape))})(?!\w))((?:[\w'-]+ ?){{1,5}})",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static readonly Lazy<Regex> Boundaries = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.ClauseBoundaries.Select(Regex.Escape)) + @")(?:'|(?!\w))|[;:]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));
    // Relative clauses and parentheses between a subject and its verb: "Elon Musk, qui poursuit OpenAI, a raillé…".
    private static readonly Lazy<Regex> Asides = new(() => new Regex(
        @", (?:" + string.Join("|", FrenchLexicon.Instance.RelativeWords.Select(Regex.Escape)) + @") [^,;:]*,|\([^)]*\)|[—–] [^—–]* [—–]",
        RegexOptions.Compiled | RegexOptions.CultureInvariant));

    private const int MaxDemandObject = 45;

    // What ends the sentence of a direct quote: a verb after it is no longer its incise.
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?…\n");

    // The lawsuit words of events.json that need no amount ("dommages et intérêts", "procès"), after a demand verb.
    private static readonly Lazy<Regex> LegalDemand = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.EventTriggers.Where(t => t.Type == "lawsuit" && !t.RequiresAmount).Select(t => t.Pattern)) + @")(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

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

    /// <summary>One sentence as the rules read it: folded text (cased and lower-case) and its actor references.</summary>
    private sealed class Sentence
    {
        public Sentence(ArticleContext context, SentenceSpan span)
        {
            Context = context;
            Span = span;
            References = context.ReferencesIn(span.Start, span.End).ToList();
            Cased = context.FoldedSentence(span, out var offset);
            Offset = offset;
        }

        public ArticleContext Context { get; }
        public SentenceSpan Span { get; }
        public List<ActorReference> References { get; }
        public string Cased { get; }
        public int Offset { get; }
        public string Text => text ??= Cased.ToLowerInvariant();
        public bool Hedged => Hedging.IsHedged(Text);

        private string? text;

        /// <summary>Original offset of a position in <see cref="Text"/>.</summary>
        public int Original(int i) => Context.Folded.ToOriginal(Offset + i);

        public ClaimMatch Claim(string speaker, string? target, bool hedged) =>
            new(speaker, target == speaker ? null : target, Span.TextOf(Context.Text), hedged, Span.Start, Span.Length);
    }

    private static ClaimMatch? FromSentence(ArticleContext context, SentenceSpan span, IReadOnlyList<AmountMatch> amounts)
    {
        var sentence = new Sentence(context, span);
        return FromOpener(sentence) ?? FromReportNoun(sentence) ?? FromAttribution(sentence) ?? FromVerbs(sentence, amounts);
    }

    /// <summary>
    /// "Pour Jensen Huang, le patron de Nvidia, la demande reste forte." A side marker ("Du côté d'OpenAI, on
    /// assure que…") gives the actor's view only when a speech verb with its complement follows.
    /// </summary>
    private static ClaimMatch? FromOpener(Sentence s)
    {
        var lexicon = FrenchLexicon.Instance;
        var opener = lexicon.OpinionMarkers.FirstOrDefault(o => s.Text.StartsWith(o.EndsWith('\'') ? o : o + " ", StringComparison.Ordinal));
        var side = lexicon.SideMarkers.FirstOrDefault(o => s.Text.StartsWith(o.EndsWith('\'') ? o : o + " ", StringComparison.Ordinal));
        if (opener is null && side is not null && SpeechVerbForms.Find(s.Text).Any(v => v.Verb.Complement is null || SpeechVerbForms.FollowedBy(s.Text, v.Form.Index + v.Form.Length, v.Verb.Complement)))
        {
            opener = side;
        }
        var first = s.References.FirstOrDefault();
        if (opener is null || first is null || first.Kind != ReferenceKind.Literal)
        {
            return null;
        }
        // "Pour Oracle, l'enjeu est considérable": what is at stake for an organisation, not its view; a view is a person's.
        if (lexicon.PersonOpinionMarkers.Contains(opener) && opener != side && !ReferenceResolver.IsPersonLike(s.Context, first))
        {
            return null;
        }
        // "Chez Nvidia, on se frotte les mains : Jensen Huang a estimé que…": the named speaker of the verb speaks.
        if (opener == side && SpeechVerbForms.Find(s.Text).FirstOrDefault() is { Verb: not null } v
            && s.References.Any(r => r.Kind == ReferenceKind.Literal && r.Slug != first.Slug && r.Start < s.Original(v.Form.Index)))
        {
            return null;
        }
        var gap = first.Start - s.Original(opener.Length);
        var hasComma = s.Text.IndexOf(',', s.Context.Folded.FromOriginal(first.Start) - s.Offset) > 0;
        var alone = !s.References.Any(r => r.Slug != first.Slug && Coordinated(s.Context.Text, first, r));
        return gap is >= 0 and <= 1 && hasComma && alone ? s.Claim(first.Slug, null, s.Hedged) : null;
    }

    /// <summary>"l'affirmation de Musk selon laquelle…": the actor named right before "selon laquelle", after a noun of saying.</summary>
    private static ClaimMatch? FromReportNoun(Sentence s)
    {
        foreach (Match m in SelonLaquelle.Value.Matches(s.Text))
        {
            var at = s.Original(m.Index);
            var speaker = s.References.LastOrDefault(r => r.Start < at && at - (r.Start + r.Length) <= 2);
            if (speaker is not null && !s.Context.IsQuoted(at) && AfterReportNoun(s.Context, speaker.Start))
            {
                return s.Claim(speaker.Slug, null, s.Hedged);
            }
        }
        return null;
    }

    /// <summary>"selon X", "selon la position de X", "d'après X", "selon lui": always hedged, it is X's account.</summary>
    private static ClaimMatch? FromAttribution(Sentence s)
    {
        foreach (Match m in Selon.Value.Matches(s.Text))
        {
            if (CitesDocument(m.Groups[1].Value))
            {
                continue; // "selon le communiqué publié par le groupe": a document's account
            }
            var from = s.Original(m.Groups[1].Index);
            var to = s.Original(m.Groups[1].Index + m.Groups[1].Length);
            var speaker = s.References.FirstOrDefault(r => r.Start >= from && r.Start < to && r.Kind != ReferenceKind.Pronoun)?.Slug
                // "Selon Marc Toberoff, l'avocat du milliardaire, …": the actor a person outside the registry speaks for.
                ?? s.References.FirstOrDefault(r => r.Kind == ReferenceKind.Representative && r.Start > to && r.Start <= to + 3
                    && s.Context.Text[to..r.Start].Trim() == ",")?.Slug;
            var pronoun = Clauses.NextWord(s.Text, m.Groups[1].Index);
            if (speaker is null && pronoun is not null && FrenchLexicon.Instance.StressedPronouns.TryGetValue(pronoun, out var kind))
            {
                speaker = ReferenceResolver.MostSalient(s.Context, s.Context.References, from, kind == "person");
            }
            if (speaker is not null && !s.Context.IsQuoted(from))
            {
                return s.Claim(speaker, null, true);
            }
        }
        return null;
    }

    private static readonly Regex CommaObjectPronoun = new(@",[ ]*(?:l'|les |lui |leur )?$", RegexOptions.Compiled);

    private static bool AfterCommaParticiple(string lower, FormHit m) =>
        m.Value.EndsWith("ant", StringComparison.Ordinal) && CommaObjectPronoun.IsMatch(lower.AsSpan(0, m.Index));

    private static bool CitesDocument(string words)
    {
        var lexicon = FrenchLexicon.Instance;
        var rest = lexicon.Determiners.Select(d => d.EndsWith('\'') ? d : d + " ").Where(d => words.StartsWith(d, StringComparison.Ordinal))
            .Select(d => words[d.Length..]).FirstOrDefault();
        return rest is not null && lexicon.DocumentNouns.Any(n => rest.StartsWith(n, StringComparison.Ordinal) && (rest.Length == n.Length || !char.IsLetter(rest[n.Length])));
    }

    /// <summary>"X affirme que…", "X accuse Y de…", "…, arguant que", "…, a assuré X.".</summary>
    private static ClaimMatch? FromVerbs(Sentence s, IReadOnlyList<AmountMatch> amounts)
    {
        var context = s.Context;
        var text = s.Text;
        var references = s.References;
        var offset = s.Offset;
        var hedged = s.Hedged;
        foreach (var (m, verb) in SpeechVerbForms.Find(text))
        {
            var at = s.Original(m.Index);
            if (!IsReportingVerb(s, m, verb))
            {
                continue;
            }
            // "Il coûtera moins de 30 000 dollars, a assuré Elon Musk.": the subject after the verb, in an incise.
            var inverted = InvertedSubject(context, text, m.Index, m.Index + m.Length, offset);
            if (inverted is not null)
            {
                return s.Claim(inverted.Slug, null, hedged);
            }
            if (verb.Complement is not null && !SpeechVerbForms.FollowedBy(text, m.Index + m.Length, verb.Complement))
            {
                continue; // "SoftBank soutient OpenAI": support, not speech
            }
            var clauseStart = ClauseStart(text, m.Index);
            if (verb.Kind == "demand" && amounts.Any(a => a.Start > at && a.Start < s.Span.End && !Boundaries.Value.IsMatch(text[m.Index..(context.Folded.FromOriginal(a.Start) - offset)])))
            {
                continue; // "réclame 134 milliards de dollars à OpenAI": a damages claim, an event
            }
            if (verb.Kind == "demand" && LegalDemand.Value.Match(text[(m.Index + m.Length)..]) is { Success: true } legal && legal.Index <= MaxDemandObject)
            {
                continue; // "réclame des dommages et intérêts": the lawsuit's demand, an event
            }
            var asides = Asides.Value.Matches(text).Select(a => (Start: s.Original(a.Index), End: s.Original(a.Index + a.Length))).ToList();
            var candidates = references.Where(r => !asides.Any(a => r.Start > a.Start && r.Start < a.End) && !context.IsQuoted(r.Start)).ToList();
            // "Elon Musk poursuit OpenAI, l'accusant de…": a participle after a comma takes the sentence's subject.
            // "…, et OpenAI a répliqué…, l'accusant de…": the subject of the last coordinated clause.
            var mainClause = s.Original(Math.Max(0, text.LastIndexOf(", et ", m.Index, StringComparison.Ordinal)));
            var speaker = AfterCommaParticiple(text, m)
                ? candidates.FirstOrDefault(r => r.Start >= mainClause && r.Start < at && !Clauses.IsGoverned(context, r.Start))
                : SpeakerBefore(context, candidates, s.Original(clauseStart), at, s.Cased, m.Index);
            if (speaker is null)
            {
                continue;
            }
            var target = verb.Kind == "accuse"
                ? references.FirstOrDefault(r => r.Start > at && r.Slug != speaker.Slug && r.Kind == ReferenceKind.Literal)?.Slug
                    // "xAI a attaqué Apple et OpenAI, les accusant de…": the pronoun stands for the main clause's object.
                    ?? (AfterCommaParticiple(text, m) ? references.FirstOrDefault(r => r.Start > speaker.Start && r.Start < at && r.Slug != speaker.Slug && r.Kind == ReferenceKind.Literal)?.Slug : null)
                : null;
            return s.Claim(speaker.Slug, target, hedged);
        }
        return null;
    }

    private static readonly Regex DirectQuoteFollows = new(@"^[ \u00A0\u202F]*:[ \u00A0\u202F]*[«“""]", RegexOptions.Compiled);

    /// <summary>Whether a speech-verb form is used as a verb of the article's own report.</summary>
    private static bool IsReportingVerb(Sentence s, FormHit m, SpeechVerb verb)
    {
        var context = s.Context;
        var at = s.Original(m.Index);
        var previous = Clauses.PreviousWord(s.Text, m.Index) ?? "";
        if (context.IsQuoted(at) || context.Quotations.Any(q => q.Close < at && at - q.Close <= 12 && !context.Text.AsSpan(q.Close + 1, at - q.Close - 1).ContainsAny(SentenceEnds)))
        {
            return false; // inside a quotation, or «…», a déclaré X (same sentence): the attribution of a direct quote
        }
        if (DirectQuoteFollows.IsMatch(s.Text.AsSpan(m.Index + m.Length)))
        {
            return false; // "Sam Altman a renchéri : « … »": the attribution of a direct quote, not reported speech
        }
        var afterName = s.References.Any(r => r.Start < at && at - (r.Start + r.Length) <= 1);
        // "les accusant de…": a present participle after an object pronoun, not a noun after an article.
        if (!afterName && FrenchLexicon.Instance.Determiners.Contains(previous) && !m.Value.EndsWith("ant", StringComparison.Ordinal))
        {
            return false; // "l'estime de soi": a noun
        }
        if (SpeechVerbForms.IsParticiple(context.Text.Substring(at, m.Length)) && !SpeechVerbForms.AfterAuxiliary(s.Text, m.Index))
        {
            return false; // "un capex estimé à…": an adjective
        }
        // "pour répondre à la demande": an infinitive of purpose
        return !(m.Value == FrenchText.Fold(verb.Lemma).ToLowerInvariant() && FrenchLexicon.Instance.Prepositions.Contains(previous.TrimEnd('\'')));
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
        if (clauseStart > 0 && context.Text[..clauseStart].TrimEnd() is [.., ':' or ';'])
        {
            return null; // "Google fait face à une procédure : la justice a jugé…": a new clause has its own subject
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

    private static int ClauseStart(string text, int verbIndex)
    {
        var start = 0;
        foreach (Match b in Boundaries.Value.Matches(text[..verbIndex]))
        {
            start = b.Index + b.Length;
        }
        return start;
    }

}
