using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>
/// How a reference designates its actor. A representative is a person who speaks for the actor ("l'avocat
/// d'OpenAI", "Brad Smith, le président de Microsoft"): a person for pronouns, the actor for what is said.
/// </summary>
public enum ReferenceKind { Literal, Epithet, Pronoun, Representative }

/// <summary>A reference to a registry actor: a literal mention, a description or a pronoun.</summary>
public sealed record ActorReference(string Slug, int Start, int Length, ReferenceKind Kind);

/// <summary>What every extractor reads: the text, its folded view, its sentences and the actor references.</summary>
public sealed class ArticleContext
{
    public ArticleContext(string text, ActorRegistry registry, IReadOnlyList<MentionMatch> mentions, DateOnly? published)
        : this(FoldedText.Of(text), registry, mentions, published)
    {
    }

    public ArticleContext(FoldedText folded, ActorRegistry registry, IReadOnlyList<MentionMatch> mentions, DateOnly? published)
    {
        Text = folded.Original;
        Folded = folded;
        Sentences = SentenceSplitter.Split(Text);
        Registry = registry;
        Mentions = mentions;
        Published = published;
        // Last: resolving descriptions and pronouns reads the sentences and mentions set above.
        References = ReferenceResolver.Resolve(this);
    }

    public string Text { get; }
    public FoldedText Folded { get; }
    public IReadOnlyList<SentenceSpan> Sentences { get; }
    public ActorRegistry Registry { get; }
    public IReadOnlyList<MentionMatch> Mentions { get; }
    public DateOnly? Published { get; }
    /// <summary>Quotations of at least four words (opening and closing mark offsets), in text order; what is inside them is not the article's own statement.</summary>
    public IReadOnlyList<(int Open, int Close)> Quotations => quotations ??= QuoteExtractor.Spans(Text)
        .Where(q => QuoteExtractor.IsQuotation(Text[(q.Open + 1)..q.Close])).ToList();

    private IReadOnlyList<(int Open, int Close)>? quotations;

    /// <summary>Whether <paramref name="position"/> lies inside a quotation (binary search: the quotations do not overlap).</summary>
    public bool IsQuoted(int position)
    {
        var quotations = Quotations;
        int lo = 0, hi = quotations.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (quotations[mid].Close <= position)
            {
                lo = mid + 1;
            }
            else if (quotations[mid].Open >= position)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Literal mentions, epithets and pronouns, in text order.</summary>
    public IReadOnlyList<ActorReference> References { get; }

    /// <summary>The folded text of a sentence (offsets of the folded view).</summary>
    public string FoldedSentence(SentenceSpan s, out int foldedStart)
    {
        foldedStart = Folded.FromOriginal(s.Start);
        var end = Folded.FromOriginal(s.End);
        return Folded.Value[foldedStart..end];
    }

    public IEnumerable<ActorReference> ReferencesIn(int start, int end)
    {
        for (var i = FirstReferenceAt(References, start); i < References.Count && References[i].Start < end; i++)
        {
            yield return References[i];
        }
    }

    /// <summary>Index of the first reference starting at or after <paramref name="position"/> (references are in text order).</summary>
    public static int FirstReferenceAt(IReadOnlyList<ActorReference> references, int position)
    {
        int lo = 0, hi = references.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (references[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The sentence holding <paramref name="position"/>, or the last one before it.</summary>
    public SentenceSpan? SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        SentenceSpan? found = null;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Start <= position)
            {
                found = Sentences[mid];
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>People outside the registry named with a known first name, in text order.</summary>
    public IReadOnlyList<NamedPerson> People => namedPeople ??= NamedPeople.Find(this);

    private IReadOnlyList<NamedPerson>? namedPeople;

    public bool IsPerson(string slug) => (people ??= Registry.Actors.Where(a => a.IsPerson).Select(a => a.Slug).ToHashSet(StringComparer.Ordinal)).Contains(slug);

    private HashSet<string>? people;
}
