using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>
/// Quotations between « », “ ” or straight double quotes (« » may span paragraphs), at least four words long (shorter ones are
/// terms or scare quotes: « Big Red », “society 5.0”). The speaker is found, in this order: an incise
/// after the quote (", a déclaré X", ", affirme-t-il"), a name right after it ("» Paul Virilio"), a
/// "— Name" line below it, the actor named before it in its sentence ("X a déclaré : « … »", "selon X").
/// A reference in parentheses after the quote (a document) or nothing found leaves the speaker unknown.
/// Pronouns and descriptions stand for the actor they were resolved to.
/// </summary>
public static class QuoteExtractor
{
    private const int MinWords = 4;

    // "Paul Virilio", "Shoshana Zuboff", "Jean de La Fontaine".
    private static readonly Lazy<Regex> PersonName = new(() => new Regex(
        @"^\p{Lu}[\p{Ll}'’-]+(?:[ \u00A0]+(?:(?:" + string.Join("|", FrenchLexicon.Instance.NameParticles.Select(Regex.Escape))
            + @")[ \u00A0]+)?\p{Lu}[\p{Ll}'’-]*\.?){1,3}",
        RegexOptions.Compiled | RegexOptions.CultureInvariant));

    // A person's name anywhere: "Arthur Mensch", "Peter Thiel".
    private static readonly Regex AnyName = new(
        @"(?<!\w)\p{Lu}[\p{Ll}'’-]+(?:[ \u00A0]+\p{Lu}[\p{Ll}'’-]+){1,2}(?!\w)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A speech verb or an attribution marker ("selon") in a folded, lower-case text.</summary>
    private static bool HasSpeech(string lower) =>
        SpeechVerbForms.Find(lower).Any() || FrenchLexicon.Instance.AttributionMarkers.Any(m => Regex.IsMatch(lower, @"(?<!\w)" + Regex.Escape(m) + @"(?!\w)"));

    public static IReadOnlyList<QuoteMatch> Extract(ArticleContext context)
    {
        var quotes = new List<QuoteMatch>();
        foreach (var (open, close) in Spans(context.Text))
        {
            var inner = context.Text[(open + 1)..close];
            var trimmed = inner.Trim(' ', '\u00A0', '\u202F', '\u2009');
            if (!IsQuotation(trimmed))
            {
                continue;
            }
            var start = open + 1 + inner.IndexOf(trimmed, StringComparison.Ordinal);
            var (slug, name) = Speaker(context, open, close);
            quotes.Add(new QuoteMatch(trimmed, slug, name, start, trimmed.Length));
        }
        return quotes;
    }

    /// <summary>
    /// At least four words: shorter quoted text is a term or a scare quote (« Big Red »). A title with most
    /// words capitalised ("The Age of Surveillance Capitalism") is not a quotation either.
    /// </summary>
    public static bool IsQuotation(string inner)
    {
        var words = inner.Split((char[])[' ', '\u00A0', '\u202F', '\u2009', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        return words.Length >= MinWords && capitalised * 5 < words.Length * 3;
    }

    /// <summary>Outermost quotation spans (opening and closing mark offsets); nested quotes stay inside.</summary>
    public static IEnumerable<(int Open, int Close)> Spans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var closer = c switch { '«' => '»', '“' => '”', '„' => '“', '"' => '"', _ => '\0' };
            if (closer == '\0')
            {
                i++;
                continue;
            }
            var close = FindClose(text, i, c, closer);
            if (close < 0)
            {
                i++;
                continue;
            }
            yield return (i, close);
            i = close + 1;
        }
    }

    // A quotation in guillemets may run over a few paragraphs (an interview answer): the opening mark starts
    // the first one, the closing mark ends the last one, none in between but optional continuation marks.
    private const int MaxQuotedParagraphs = 4;

    private static int FindClose(string text, int open, char opener, char closer)
    {
        var depth = 0;
        var paragraphs = 1;
        for (var j = open + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                if (opener != '«' || depth > 0 || ++paragraphs > MaxQuotedParagraphs)
                {
                    return -1;
                }
                // "« Suite de la réponse…" or "» Suite…": a continuation mark opening the next paragraph.
                var next = j + 1;
                while (next < text.Length && text[next] is ' ' or '\u00A0')
                {
                    next++;
                }
                if (next < text.Length && text[next] is '«' or '»')
                {
                    j = next;
                }
                continue;
            }
            if (text[j] == closer && (opener != closer || depth == 0))
            {
                if (depth == 0)
                {
                    return j;
                }
                depth--;
            }
            else if (text[j] == opener && opener != closer)
            {
                if (paragraphs > 1)
                {
                    return -1; // a new quotation in a later paragraph: the first one was never closed
                }
                depth++;
            }
        }
        return -1;
    }

    private static (string? Slug, string? Name) Speaker(ArticleContext context, int open, int close)
    {
        var text = context.Text;
        var lineEnd = text.IndexOf('\n', close);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }
        var after = text[(close + 1)..lineEnd];
        var rest = after.TrimStart(' ', '\u00A0', '\u202F', '\t');
        var restStart = close + 1 + (after.Length - rest.Length);
        if (rest.StartsWith('('))
        {
            return (null, null); // (Rapport de la commission, p. 34): a document
        }
        if (rest.StartsWith(',') || rest.StartsWith('—') || rest.StartsWith('–'))
        {
            // The incise ends with its sentence: a speech verb of the next one is not this quote's attribution.
            var sentenceEnd = text.IndexOfAny(['.', '!', '?', '…'], restStart + 1, Math.Max(0, Math.Min(lineEnd, restStart + 80) - restStart - 1));
            var incise = FromIncise(context, restStart + 1, sentenceEnd < 0 ? Math.Min(lineEnd, restStart + 80) : sentenceEnd + 1);
            if (incise is not null)
            {
                return incise.Value;
            }
        }
        if (rest.Length > 0 && char.IsUpper(rest[0]))
        {
            var named = NamedAt(context, restStart, rest);
            if (named is not null)
            {
                return named.Value;
            }
        }
        if (rest.Trim().Length == 0 && lineEnd < text.Length)
        {
            var next = text[(lineEnd + 1)..];
            var dash = next.TrimStart();
            if (dash.Length > 1 && dash[0] is '—' or '–' or '-')
            {
                var nameText = dash[1..].TrimStart();
                var nameStart = lineEnd + 1 + (next.Length - nameText.Length);
                var named = NamedAt(context, nameStart, nameText);
                if (named is not null)
                {
                    return named.Value;
                }
            }
        }
        return Before(context, open);
    }

    /// <summary>", a déclaré Sam Altman", ", affirme-t-il", ", selon Microsoft".</summary>
    private static (string? Slug, string? Name)? FromIncise(ArticleContext context, int from, int to)
    {
        var folded = context.Folded.Value[context.Folded.FromOriginal(from)..context.Folded.FromOriginal(to)].ToLowerInvariant();
        if (!HasSpeech(folded))
        {
            return null;
        }
        var reference = context.ReferencesIn(from, to).FirstOrDefault();
        // ", a expliqué Krishna Rao, directeur financier d'Anthropic": the person named first speaks.
        var name = AnyName.Match(context.Text[from..to]);
        var nameFirst = name.Success && (reference is null || from + name.Index < reference.Start)
            && !context.Mentions.Any(m => m.Start < from + name.Index + name.Length && from + name.Index < m.Start + m.Length);
        if (nameFirst)
        {
            return (null, name.Value);
        }
        if (reference is not null)
        {
            return SpeakerOf(context, reference);
        }
        var pronoun = StressedPronoun(context, folded, from);
        if (pronoun is not null)
        {
            return pronoun.Value;
        }
        var capital = Regex.Match(context.Text[from..to], @"\p{Lu}");
        if (!capital.Success)
        {
            return null;
        }
        // ", a prévenu la Société des gens de lettres": a speaker outside the registry, named but not a person.
        var rest = context.Text[(from + capital.Index)..to];
        return NamedAt(context, from + capital.Index, rest) ?? (OrganisationName.Match(rest) is { Success: true } o ? (null, o.Value) : (null, null));
    }

    // "Société des gens de lettres", "Commission européenne": a capitalised word and up to five more, up to the punctuation.
    private static readonly Regex OrganisationName = new(
        @"^\p{Lu}[\p{L}'’-]*(?:[ \u00A0][\p{L}'’-]+){0,5}?(?=[ \u00A0]*(?:[,.;:!?)]|$))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Who a reference before or after a quote designates as its speaker: a pronoun the last person (or woman,
    /// or organisation) in sight, named people outside the registry included; a representative with a name
    /// beside it ("Brad Smith, le président de Microsoft") that person; otherwise the actor.
    /// </summary>
    private static (string? Slug, string? Name) SpeakerOf(ArticleContext context, ActorReference? reference)
    {
        if (reference is null)
        {
            return (null, null);
        }
        if (reference.Kind == ReferenceKind.Pronoun)
        {
            var pronoun = FrenchText.Fold(context.Text.Substring(reference.Start, reference.Length)).ToLowerInvariant();
            var person = FrenchLexicon.Instance.Pronouns.GetValueOrDefault(pronoun) == "person";
            return NamedPeople.Pronoun(context, reference.Start, person) ?? (null, null);
        }
        var apposed = NamedPeople.ApposedName(context, reference);
        return apposed is not null ? (null, apposed) : (reference.Slug, null);
    }

    /// <summary>"selon lui", "d'après elle": the actor in sight at <paramref name="position"/>.</summary>
    private static (string? Slug, string? Name)? StressedPronoun(ArticleContext context, string lower, int position)
    {
        var lexicon = FrenchLexicon.Instance;
        foreach (var marker in lexicon.AttributionMarkers)
        {
            foreach (var (pronoun, kind) in lexicon.StressedPronouns)
            {
                if (Regex.IsMatch(lower, @"(?<!\w)" + Regex.Escape(marker) + " " + Regex.Escape(pronoun) + @"(?!\w)"))
                {
                    return NamedPeople.Pronoun(context, position, kind == "person") ?? (null, null);
                }
            }
        }
        return null;
    }

    private static (string? Slug, string? Name)? NamedAt(ArticleContext context, int start, string rest)
    {
        var mention = context.Mentions.FirstOrDefault(m => m.Start == start);
        if (mention is not null)
        {
            return (mention.Slug, null);
        }
        var name = PersonName.Value.Match(rest);
        return name.Success ? (null, name.Value.TrimEnd('.', ' ')) : null;
    }

    /// <summary>The actor referred to in the quote's sentence before the opening mark.</summary>
    private static (string? Slug, string? Name) Before(ArticleContext context, int open)
    {
        var sentence = context.SentenceAt(open);
        if (sentence is null)
        {
            return (null, null);
        }
        if (sentence.Start == open)
        {
            // "Sam Altman a prévenu :" on the line (or sentence) before the quotation.
            var previous = sentence.Index > 0 ? context.Sentences[sentence.Index - 1] : null;
            if (previous is null || !previous.TextOf(context.Text).EndsWith(':'))
            {
                return (null, null);
            }
            var subject = context.ReferencesIn(previous.Start, previous.End).FirstOrDefault(r => !Clauses.IsGoverned(context, r.Start));
            return SpeakerOf(context, subject);
        }
        var prefix = context.Folded.Value[context.Folded.FromOriginal(sentence.Start)..context.Folded.FromOriginal(open)].ToLowerInvariant();
        var stressed = StressedPronoun(context, prefix, sentence.Start);
        if (stressed is not null)
        {
            return stressed.Value;
        }
        // "Sam Altman a expliqué que l'entreprise manquait « … »": the subject of the speech verb speaks, not
        // the subject of its clause.
        var verb = SpeechVerbForms.Find(prefix).LastOrDefault(h => SpeechVerbForms.FollowedBy(prefix, h.Form.Index + h.Form.Length, "que"));
        var limit = verb.Verb is null ? open : context.Folded.ToOriginal(context.Folded.FromOriginal(sentence.Start) + verb.Form.Index);
        var reference = context.ReferencesIn(sentence.Start, limit).LastOrDefault(r => !Clauses.IsGoverned(context, r.Start)
            || FrenchLexicon.Instance.AttributionMarkers.Contains(Clauses.PreviousWord(context.Folded.Value, context.Folded.FromOriginal(r.Start)) ?? ""));
        // "démentie par Arthur Mensch, qui a déclaré : « … »": a person outside the registry, closer to the quote.
        var name = NameBefore(context, sentence.Start, open);
        if (name is not null && (reference is null || name.Value.Start > reference.Start || name.Value.Opens))
        {
            return (null, name.Value.Name);
        }
        return SpeakerOf(context, reference);
    }

    /// <summary>
    /// The person outside the registry who introduces the quote: named before it with a speech verb or a colon
    /// in between, or named right after a sentence-opening "Selon"/"Pour" (<c>Opens</c>: "Pour Sarah Lemaire,
    /// avocate, « … »"), whose words the sentence gives.
    /// </summary>
    private static (int Start, string Name, bool Opens)? NameBefore(ArticleContext context, int from, int open)
    {
        var prefix = context.Text[from..open];
        var lexicon = FrenchLexicon.Instance;
        var marker = lexicon.AttributionMarkers.Concat(lexicon.OpinionMarkers)
            .FirstOrDefault(m => FrenchText.Fold(prefix).StartsWith(m + " ", StringComparison.OrdinalIgnoreCase));
        var opening = marker is null ? null : AnyName.Match(prefix, marker.Length + 1);
        if (opening is { Success: true } && opening.Index == marker!.Length + 1
            && !context.Mentions.Any(m => m.Start < from + opening.Index + opening.Length && from + opening.Index < m.Start + m.Length))
        {
            return (from + opening.Index, opening.Value, true);
        }
        var last = AnyName.Matches(prefix).LastOrDefault(n =>
            !context.Mentions.Any(m => m.Start < from + n.Index + n.Length && from + n.Index < m.Start + m.Length)
            && !n.Value.Split(' ').Any(w => FrenchLexicon.Instance.FunctionWords.Contains(FrenchText.Fold(w).ToLowerInvariant())));
        if (last is null)
        {
            return null;
        }
        var between = context.Folded.Value[context.Folded.FromOriginal(from + last.Index + last.Length)..context.Folded.FromOriginal(open)].ToLowerInvariant();
        var introduced = between.TrimEnd().EndsWith(':') || HasSpeech(between);
        return introduced ? (from + last.Index, last.Value, false) : null;
    }
}
