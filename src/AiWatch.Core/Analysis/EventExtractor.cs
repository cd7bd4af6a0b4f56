using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>
/// Events from French trigger words (French/Data/events.json), one per type and sentence, when the sentence
/// refers to at least one registry actor (by name, description or pronoun). Triggers inside quotations,
/// after a speculation word ("un éventuel rachat") or in a question are not events; a launch verb that
/// introduces another kind of deal ("a dévoilé une alliance") is that deal. Participants are the actors of
/// the sentence, the acting party (first reference not governed by a preposition) first. Each amount
/// belongs to the nearest trigger before it (or to a trigger right after it); a ruling that approves a
/// settlement is about the settlement's money. Repeated mentions of one happening are merged: same type and
/// the same money, or a later vaguer mention (no money, no new participant) using the same trigger word,
/// restating a priced event, naming the same two parties, or using a definite article ("le partenariat").
/// </summary>
public static class EventExtractor
{
    private sealed record Trigger(EventTrigger Entry, Regex Regex);

    private sealed record Hit(EventTrigger Entry, int Start, int Length);

    private sealed class Draft
    {
        public required string Type { get; init; }
        public required List<string> Actors { get; init; }
        /// <summary>The acting party when the sentence names one (a subject or a passive's agent), not just a participant.</summary>
        public string? Agent { get; init; }
        public AmountMatch? Amount { get; set; }
        public DateMatch? Date { get; set; }
        public bool Hedged { get; init; }
        public required SentenceSpan Sentence { get; init; }
        public required HashSet<string> Entries { get; init; }
        /// <summary>The trigger has a definite determiner ("le partenariat", "la procédure"): it names a known happening.</summary>
        public bool Definite { get; init; }
        /// <summary>"a également porté plainte", "un autre accord": the text says this is one more happening.</summary>
        public bool Fresh { get; init; }
    }

    private static readonly Lazy<IReadOnlyList<Trigger>> Triggers = new(() => FrenchLexicon.Instance.EventTriggers
        .Select(t => new Trigger(t, new Regex(@"(?<!\w)(?:" + t.Pattern + @")(?:(?<=')|(?!\w))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))
        .ToList());


    public static IReadOnlyList<EventMatch> Extract(ArticleContext context, IReadOnlyList<AmountMatch> amounts, IReadOnlyList<DateMatch> dates)
    {
        var drafts = new List<Draft>();
        var allHits = FindTriggers(context);
        var next = 0;
        SentenceSpan? previous = null;
        foreach (var sentence in context.Sentences)
        {
            var heading = HeadingMoney(context, amounts, drafts, previous, sentence);
            previous = sentence;
            var sentenceHits = new List<Hit>();
            for (; next < allHits.Count && allHits[next].Start < sentence.End; next++)
            {
                if (allHits[next].Start >= sentence.Start)
                {
                    sentenceHits.Add(allHits[next]);
                }
            }
            var references = context.ReferencesIn(sentence.Start, sentence.End).ToList();
            // A question ("Microsoft a racheté Mistral ?") reports nothing.
            if (references.Count == 0 || context.Text[sentence.End - 1] == '?')
            {
                continue;
            }
            // A price per unit ("200 dollars par mois", "0,42 $ par requête") is not what a deal is worth.
            var sentenceAmounts = amounts.Where(a => a.Start >= sentence.Start && a.Start < sentence.End && !IsPerUnit(context, a)).ToList();
            var hits = KeepTriggers(sentenceHits, sentenceAmounts.Count > 0);
            if (hits.Count == 0)
            {
                continue;
            }
            var owner = AssignAmounts(hits, sentenceAmounts);
            var actors = Participants(context, references, hits[0].Start, out var agent);
            var sentenceDates = dates.Where(d => d.Start >= sentence.Start && d.Start < sentence.End).ToList();
            var hedged = IsHedged(context, sentence);
            var byType = hits.GroupBy(h => h.Entry.Type).SelectMany(g => SplitFresh(context, g.ToList(), owner)).ToList();
            foreach (var group in byType)
            {
                var amount = group.Select(h => owner.GetValueOrDefault(h)).FirstOrDefault(a => a is not null)
                    ?? (group.Key == "launch" ? null : heading);
                // The date nearest to one of the triggers, before it or just after it: "racheté Arm en 2016", but not
                // "valorise l'entreprise 183 milliards, contre 61,5 milliards en mars" (a date of comparison), nor a
                // deadline ("avant 2029", "d'ici à 2027"): it says when something should be done, not when it was.
                var date = sentenceDates
                    .Where(d => !IsDeadline(context, d))
                    .SelectMany(d => group.Select(h => (Date: d, Trigger: h)))
                    .Where(x => x.Date.Start < x.Trigger.Start || x.Date.Start - (x.Trigger.Start + x.Trigger.Length) <= MaxGapAfterTrigger)
                    .OrderBy(x => Math.Abs(x.Date.Start - x.Trigger.Start))
                    .Select(x => x.Date)
                    .FirstOrDefault();
                drafts.Add(new Draft
                {
                    Type = group.Key,
                    Actors = actors.ToList(),
                    Agent = agent,
                    Amount = amount,
                    Date = date,
                    Hedged = hedged,
                    Sentence = sentence,
                    Entries = group.Select(h => h.Entry.Pattern).ToHashSet(),
                    Definite = group.Any(h => IsDefinite(context, h.Start)),
                    Fresh = group.All(h => !IsDefinite(context, h.Start) && IsFresh(context, h.Start)),
                });
            }
            SplitByRecipient(context, drafts, sentence, sentenceAmounts, references);
            // A court approving a settlement rules on the settlement's money.
            var settlement = drafts.LastOrDefault(d => d.Sentence == sentence && d.Type == "settlement");
            foreach (var ruling in drafts.Where(d => d.Sentence == sentence && d.Type == "regulation" && d.Amount is null))
            {
                ruling.Amount = settlement?.Amount;
            }
        }
        GiveFollowingMoney(context, amounts, drafts);
        return Merge(drafts).Select(d => new EventMatch(d.Type, d.Actors, d.Amount, d.Date?.Value, d.Hedged,
            d.Sentence.TextOf(context.Text), d.Sentence.Start, d.Sentence.Length) { DateApproximate = d.Date?.Approximate ?? false }).ToList();
    }

    /// <summary>
    /// "…ont dévoilé cinq nouveaux sites de datacenters. Au total, les partenaires promettent d'investir 400 Md$."
    /// A sentence that names no actor but gives money completes the one event without money of the sentence
    /// before it (which gave none), in the same paragraph.
    /// </summary>
    private static void GiveFollowingMoney(ArticleContext context, IReadOnlyList<AmountMatch> amounts, List<Draft> drafts)
    {
        var bySentence = drafts.GroupBy(d => d.Sentence.Index).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var sentence in context.Sentences.Skip(1))
        {
            var previous = context.Sentences[sentence.Index - 1];
            if (bySentence.ContainsKey(sentence.Index) || previous.Paragraph != sentence.Paragraph
                || !bySentence.TryGetValue(previous.Index, out var before))
            {
                continue;
            }
            // Only a continuation: it names no actor, and the sentence before gave no money at all.
            if (context.ReferencesIn(sentence.Start, sentence.End).Any() || amounts.Any(a => a.Start >= previous.Start && a.Start < previous.End))
            {
                continue;
            }
            var moneyless = before.Where(d => d.Amount is null && d.Type != "launch").ToList();
            var money = amounts.FirstOrDefault(a => a.Start >= sentence.Start && a.Start < sentence.End && !IsPerUnit(context, a));
            if (moneyless.Count == 1 && money is not null)
            {
                moneyless[0].Amount = money;
            }
        }
    }

    /// <summary>
    /// "15h10 – Anthropic va verser 1,5 milliard de dollars aux auteurs" over "Un juge a approuvé l'accord amiable…":
    /// the money of a heading line (a paragraph of one sentence without a final stop) that reported no event
    /// of its own belongs to the events of the paragraph below when they share an actor.
    /// </summary>
    private static AmountMatch? HeadingMoney(ArticleContext context, IReadOnlyList<AmountMatch> amounts, List<Draft> drafts, SentenceSpan? heading, SentenceSpan sentence)
    {
        if (heading is null || heading.Paragraph == sentence.Paragraph || drafts.Any(d => d.Sentence == heading)
            || (heading.Index > 0 && context.Sentences[heading.Index - 1].Paragraph == heading.Paragraph))
        {
            return null;
        }
        var line = heading.TextOf(context.Text).TrimEnd();
        if (line.Length == 0 || line[^1] is '.' or '!' or '?' or '…' or ':' or ';')
        {
            return null;
        }
        var below = context.ReferencesIn(sentence.Start, sentence.End).Select(r => r.Slug).ToHashSet();
        return context.ReferencesIn(heading.Start, heading.End).Any(r => below.Contains(r.Slug))
            ? amounts.FirstOrDefault(a => a.Start >= heading.Start && a.Start < heading.End && !IsPerUnit(context, a))
            : null;
    }

    /// <summary>Every trigger of the text, in text order (one pass of each trigger over the whole text).</summary>
    private static List<Hit> FindTriggers(ArticleContext context)
    {
        var text = context.Folded.Value;
        var all = new List<Hit>();
        foreach (var trigger in Triggers.Value)
        {
            foreach (Match m in trigger.Regex.Matches(text))
            {
                var start = context.Folded.ToOriginal(m.Index);
                // Words inside a quotation are someone's opinion, not the article's report of an event.
                if (!IsSpeculative(text, m.Index) && !context.IsQuoted(start) && !IsAmountUnit(text, m.Index) && !IsQuoteIncise(text, m.Index)
                    && !(trigger.Entry.Type == "investment" && IsDebt(text, m.Index + m.Length))
                    && (!trigger.Entry.ActorObject || ActorRightAfter(context, context.Folded.ToOriginal(m.Index + m.Length))))
                {
                    all.Add(new Hit(trigger.Entry, start, context.Folded.ToOriginal(m.Index + m.Length) - start));
                }
            }
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    private static List<Hit> KeepTriggers(List<Hit> found, bool hasAmount)
    {
        var all = found.Where(h => hasAmount || !h.Entry.RequiresAmount).ToList();
        // A trigger inside a longer one is dropped: "accord amiable" is a settlement, not a partnership;
        // "mettre fin au recours collectif" keeps both the settlement and the lawsuit.
        var kept = new List<Hit>();
        foreach (var hit in all.OrderByDescending(h => h.Length).ThenBy(h => h.Start))
        {
            if (!kept.Any(k => k.Start <= hit.Start && hit.Start + hit.Length <= k.Start + k.Length))
            {
                kept.Add(hit);
            }
        }
        // "s'engage à acheter pour 300 Md$ de puissance de calcul", "investir 100 milliards … 10 gigawatts": what the deal buys.
        kept.RemoveAll(h => h.Entry.DealObject && kept.Any(d => d.Start < h.Start && d.Entry.Type is "partnership" or "investment"));
        // "un accord mettant fin à la procédure": the agreement right before a settlement is that settlement.
        kept.RemoveAll(h => h.Entry.Type == "partnership"
            && kept.Any(x => x.Entry.Type == "settlement" && x.Start >= h.Start + h.Length && x.Start - (h.Start + h.Length) <= 2));
        // "ont lancé des datacenters", "dévoilé une alliance": the launch verb introduces another kind of deal.
        if (kept.Any(o => o.Entry.Type is not ("launch" or "regulation" or "lawsuit")))
        {
            kept.RemoveAll(h => h.Entry.Type == "launch");
        }
        return kept.OrderBy(h => h.Start).ToList();
    }

    private static bool ActorRightAfter(ArticleContext context, int end) =>
        context.Mentions.Any(r => r.Start > end && r.Start <= end + 1);

    /// <summary>"« … », a lancé Jensen Huang": a verb right after a quotation attributes it; it reports no event.</summary>
    private static bool IsQuoteIncise(string text, int index) => QuoteIncise.IsMatch(text.AsSpan(Math.Max(0, index - 16), Math.Min(index, 16)));

    private static readonly Regex QuoteIncise = new(@"[»”""][ \u00A0\u202F]*,[ \u00A0]*(?:(?:a|avait|ont|avaient) )?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>"500 milliards de dollars d'investissements": the word says what the money is, the money's own event is elsewhere.</summary>
    private static bool IsAmountUnit(string text, int index) => AmountUnit.Value.IsMatch(text[Math.Max(0, index - 16)..index]);

    private static readonly Lazy<Regex> AmountUnit = new(() => new Regex(
        @"(?:" + string.Join("|", FrenchLexicon.Instance.CurrencyWords.Keys.Concat(FrenchLexicon.Instance.CurrencySymbols.Keys).Select(Regex.Escape)) + @") (?:de |d')$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    /// <summary>"a levé 18 milliards de dollars sur le marché obligataire": borrowed money, not a stake.</summary>
    private static bool IsDebt(string text, int end) =>
        DebtWords.Value.IsMatch(text[end..Math.Min(text.Length, end + MaxDebtGap)]);

    private const int MaxDebtGap = 60;

    private static readonly Lazy<Regex> DebtWords = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.DebtWords.Select(Regex.Escape)) + @")(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    /// <summary>"un possible rachat", "pas d'accord": the trigger names something that did not happen.</summary>
    private static bool IsSpeculative(string text, int index) =>
        Speculative.Value.IsMatch(text[Math.Max(0, index - 24)..index])
        || Intention.Value.IsMatch(text[Math.Max(0, index - 48)..index]);

    // "aurait envisagé de porter plainte", "menace de l'attaquer en justice": an intention, up to three words before the trigger.
    private static readonly Lazy<Regex> Intention = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.Intentions.Select(Regex.Escape)) + @")(?: [\w']+){0,3} ?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    // The speculation word right before the trigger, or one word before it: "un éventuel rachat", "une hypothétique acquisition".
    private static readonly Lazy<Regex> Speculative = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.Speculation.Select(Regex.Escape)) + @")(?: \w+)? ?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static bool IsPerUnit(ArticleContext context, AmountMatch amount)
    {
        var text = context.Folded.Value;
        var end = context.Folded.FromOriginal(amount.Start + amount.Length);
        var after = text[end..Math.Min(text.Length, end + 24)].TrimStart();
        var marker = FrenchLexicon.Instance.PerUnitMarkers.FirstOrDefault(m => after.StartsWith(m, StringComparison.Ordinal));
        if (marker is null)
        {
            return false;
        }
        // "par mois", "par requête" name a unit; "par Nvidia", "par la Commission" name an agent.
        var unit = Clauses.NextWordCased(after, marker.Length, out _);
        return unit is null || (char.IsLower(unit[0]) && !FrenchLexicon.Instance.Determiners.Contains(unit));
    }

    // "xAI a également porté plainte": an additive word within the two words before the trigger.
    private static bool IsFresh(ArticleContext context, int start)
    {
        var at = context.Folded.FromOriginal(start);
        var before = context.Folded.Value[Math.Max(0, at - 32)..at].ToLowerInvariant();
        return FreshWords.Value.IsMatch(before);
    }

    private static readonly Lazy<Regex> FreshWords = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.FreshMarkers.Select(Regex.Escape)) + @")(?: [\w'-]+)? ?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static bool IsDefinite(ArticleContext context, int start) =>
        FrenchLexicon.Instance.DefiniteDeterminers.Contains(Clauses.PreviousWord(context.Folded.Value, context.Folded.FromOriginal(start)) ?? "");

    private const int MaxGapBeforeTrigger = 30;
    private const int MaxGapAfterTrigger = 40;

    private static bool IsDeadline(ArticleContext context, DateMatch date)
    {
        var at = context.Folded.FromOriginal(date.Start);
        return Deadline.Value.IsMatch(context.Folded.Value[Math.Max(0, at - 24)..at].ToLowerInvariant());
    }

    // "avant 2029", "d'ici à 2027", "jusqu'en 2032", "dès le printemps 2026": the marker right before the date, or one word before.
    private static readonly Lazy<Regex> Deadline = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.DeadlineMarkers.OrderByDescending(m => m.Length).Select(Regex.Escape)) + @")(?: [\w'-]+){0,2} ?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    /// <summary>
    /// "une amende de 500 millions d'euros à Apple et de 200 millions d'euros à Meta": one trigger, and every sum of the
    /// sentence goes to an actor of its own: one happening per recipient, with its sum.
    /// </summary>
    private static void SplitByRecipient(ArticleContext context, List<Draft> drafts, SentenceSpan sentence, List<AmountMatch> amounts, List<ActorReference> references)
    {
        var recipients = amounts.Select(a => (Amount: a, To: RecipientAfter(context, references, a))).ToList();
        if (recipients.Count < 2 || recipients.Any(r => r.To is null) || recipients.Select(r => r.To).Distinct().Count() < recipients.Count)
        {
            return;
        }
        var mine = drafts.Where(d => d.Sentence == sentence).ToList();
        if (mine.Count != 1)
        {
            return;
        }
        var draft = mine[0];
        drafts.Remove(draft);
        foreach (var (amount, to) in recipients)
        {
            drafts.Add(new Draft
            {
                Type = draft.Type,
                Actors = draft.Actors.Where(a => a == to || !recipients.Any(r => r.To == a)).ToList(),
                Agent = draft.Agent,
                Amount = amount,
                Date = draft.Date,
                Hedged = draft.Hedged,
                Sentence = sentence,
                Entries = draft.Entries,
                Definite = draft.Definite,
                Fresh = true,
            });
        }
    }

    /// <summary>"500 millions d'euros à Apple": the actor a preposition right after the sum names.</summary>
    private static string? RecipientAfter(ArticleContext context, List<ActorReference> references, AmountMatch amount)
    {
        var end = context.Folded.FromOriginal(amount.Start + amount.Length);
        var word = Clauses.NextWord(context.Folded.Value, end);
        if (word is null || !FrenchLexicon.Instance.Prepositions.Contains(word))
        {
            return null;
        }
        var next = context.Folded.Value.IndexOf(word, end, StringComparison.OrdinalIgnoreCase) + word.Length + 1;
        var at = context.Folded.ToOriginal(Math.Min(next, context.Folded.Value.Length));
        return references.FirstOrDefault(r => r.Start == at && r.Kind == ReferenceKind.Literal)?.Slug;
    }

    /// <summary>
    /// "a levé 600 millions d'euros l'an dernier et discuterait d'une nouvelle levée d'un milliard": a trigger that
    /// says it is one more ("nouvelle", "autre") and has money of its own is a happening apart from the others of its type.
    /// </summary>
    private static IEnumerable<IGrouping<string, Hit>> SplitFresh(ArticleContext context, List<Hit> hits, Dictionary<Hit, AmountMatch?> owner)
    {
        var fresh = hits.Skip(1).Where(h => owner.GetValueOrDefault(h) is not null && IsFresh(context, h.Start)).ToList();
        var rest = hits.Except(fresh).ToList();
        if (rest.Count > 0)
        {
            yield return rest.GroupBy(h => h.Entry.Type).Single();
        }
        foreach (var hit in fresh)
        {
            yield return new[] { hit }.GroupBy(h => h.Entry.Type).Single();
        }
    }

    private static Dictionary<Hit, AmountMatch?> AssignAmounts(List<Hit> hits, List<AmountMatch> amounts)
    {
        var owner = new Dictionary<Hit, AmountMatch?>();
        foreach (var amount in amounts)
        {
            // The money follows its trigger ("une offre de 97 milliards"); it may come just before a trigger
            // ("verser 1,5 milliard pour mettre fin au recours"), but a launch has no price of its own.
            // The nearest trigger before it that has no money yet: "une levée qui la valoriserait 750 milliards,
            // à laquelle SoftBank participerait pour 30 milliards" gives the levée its 30 milliards.
            // "accepté de verser 1,5 milliard $ aux auteurs pour clore un recours": money paid to end a dispute is the settlement's.
            var hit = hits.LastOrDefault(h => h.Start < amount.Start && owner.GetValueOrDefault(h) is null)
                ?? hits.FirstOrDefault(h => h.Start >= amount.Start && h.Start - (amount.Start + amount.Length) <= MaxGapBeforeTrigger && h.Entry.Type != "launch")
                ?? hits.FirstOrDefault(h => h.Start >= amount.Start && h.Entry.Type == "settlement");
            if (hit is not null && owner.GetValueOrDefault(hit) is null)
            {
                owner[hit] = amount;
            }
        }
        return owner;
    }

    /// <summary>Distinct actors of the sentence; the agent of a passive ("par Microsoft"), else the first one not governed by a preposition, leads.</summary>
    private static List<string> Participants(ArticleContext context, List<ActorReference> references, int firstTrigger, out string? agentSlug)
    {
        // "la start-up de Musk", "xAI d'Elon Musk": the owner named after his organisation is not a party.
        references = references.Where(r => !IsOwnerOf(context, r, references)).ToList();
        // "le rachat de Mistral par Microsoft": a passive's agent follows the trigger ("xAI, fondée par le milliardaire,
        // a déposé une plainte": an agent before it belongs to an aside).
        var agent = references.FirstOrDefault(r => r.Start > firstTrigger && FrenchLexicon.Instance.AgentPrepositions.Contains(
                Clauses.PreviousWord(context.Folded.Value, context.Folded.FromOriginal(r.Start)) ?? ""))
            ?? references.FirstOrDefault(r => !Clauses.IsGoverned(context, r.Start));
        agentSlug = agent?.Slug;
        var ordered = agent is null ? references : references.Where(r => r != agent).Prepend(agent);
        return ordered.Select(r => r.Slug).Distinct().ToList();
    }

    private static bool IsOwnerOf(ArticleContext context, ActorReference person, List<ActorReference> references)
    {
        if (!context.IsPerson(person.Slug) || context.Registry.Find(person.Slug) is not { } definition)
        {
            return false;
        }
        var organisations = definition.Affiliations.Select(a => a.Organisation).ToHashSet();
        return references.Any(o => organisations.Contains(o.Slug) && o.Start + o.Length <= person.Start
            && FrenchLexicon.Instance.OwnerPrepositions.Contains(FrenchText.Fold(context.Text[(o.Start + o.Length)..person.Start].Trim()).ToLowerInvariant()));
    }

    private static bool IsHedged(ArticleContext context, SentenceSpan sentence)
    {
        return Hedging.IsHedged(context.FoldedSentence(sentence, out _).ToLowerInvariant());
    }

    private static List<Draft> Merge(List<Draft> drafts)
    {
        var merged = new List<Draft>();
        foreach (var draft in drafts)
        {
            var same = merged.FirstOrDefault(m => m.Type == draft.Type && IsRepeat(m, draft));
            if (same is null)
            {
                merged.Add(draft);
                continue;
            }
            foreach (var actor in draft.Actors.Where(a => !same.Actors.Contains(a)))
            {
                same.Actors.Add(actor);
            }
            same.Amount ??= draft.Amount;
            same.Date ??= draft.Date;
        }
        return merged;
    }

    private static bool IsRepeat(Draft first, Draft later)
    {
        if (later.Fresh)
        {
            return false;
        }
        // "Stargate est en avance sur le calendrier": the project's name again, not a new project.
        if (later.Amount is null && first.Entries.Intersect(later.Entries).Any(e => NamedPatterns.Value.Contains(e)))
        {
            return true;
        }
        // A dispute named again with fewer or more of its parties ("le procès", "visé par la plainte") is the same
        // one, whatever date each mention carries (filing, hearing, trial).
        // "xAI a déposé mercredi une plainte contre OpenAI" then "Elon Musk poursuit OpenAI depuis 2024": another
        // plaintiff in another year is another case.
        if (first.Type == "lawsuit" && !later.Definite && first.Date is not null && later.Date is not null && first.Date.Value[..4] != later.Date.Value[..4]
            && first.Agent is not null && later.Agent is not null && first.Agent != later.Agent)
        {
            return false;
        }
        if (first.Type == "lawsuit" && SameMoney(first, later)
            && (first.Actors.All(later.Actors.Contains) || later.Actors.All(first.Actors.Contains)
                || (later.Definite && later.Actors.Any(first.Actors.Contains))))
        {
            return true;
        }
        if (first.Date is not null && later.Date is not null && first.Date.Value != later.Date.Value)
        {
            return false;
        }
        if (first.Amount is not null && later.Amount is not null)
        {
            return first.Amount.Currency == later.Amount.Currency
                && Math.Abs(first.Amount.Value - later.Amount.Value) <= 0.01m * Math.Abs(first.Amount.Value)
                && first.Actors.Intersect(later.Actors).Any();
        }
        // "un contrat portant sur 4,5 GW" then "ce contrat représenterait 30 Md$": the definite mention prices the known deal.
        if (first.Amount is null && later.Amount is not null && later.Definite && later.Actors.All(first.Actors.Contains))
        {
            return true;
        }
        if (later.Amount is not null)
        {
            return false;
        }
        var shared = later.Actors.Count(first.Actors.Contains);
        var within = shared == later.Actors.Count;
        // Same trigger word, the priced event restated, the same two parties again, or "le partenariat" (definite: already known).
        // "la plainte", "le nouvel accord": a definite mention names a happening already reported with one of its parties.
        return (within && (first.Amount is not null || first.Entries.Overlaps(later.Entries) || later.Actors.Count >= 2 || later.Definite))
            || (later.Definite && shared >= 1);
    }

    private static readonly Lazy<HashSet<string>> NamedPatterns = new(() =>
        FrenchLexicon.Instance.EventTriggers.Where(t => t.Named).Select(t => t.Pattern).ToHashSet(StringComparer.Ordinal));

    private static bool SameMoney(Draft first, Draft later) =>
        first.Amount is null || later.Amount is null
        || (first.Amount.Currency == later.Amount.Currency && Math.Abs(first.Amount.Value - later.Amount.Value) <= 0.01m * Math.Abs(first.Amount.Value));
}
