using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>How a reference designates its actor.</summary>
public enum ReferenceKind { Literal, Epithet, Pronoun }

/// <summary>A reference to a registry actor: a literal mention, a description or a pronoun.</summary>
public sealed record ActorReference(string Slug, int Start, int Length, ReferenceKind Kind);

/// <summary>What every extractor reads: the text, its folded view, its sentences and the actor references.</summary>
public sealed class ArticleContext
{
    public ArticleContext(string text, ActorRegistry registry, IReadOnlyList<MentionMatch> mentions, DateOnly? published)
    {
        Text = text;
        Folded = FoldedText.Of(text);
        Sentences = SentenceSplitter.Split(text);
        Registry = registry;
        Mentions = mentions;
        Published = published;
        References = ReferenceResolver.Resolve(this);
    }

    public string Text { get; }
    public FoldedText Folded { get; }
    public IReadOnlyList<SentenceSpan> Sentences { get; }
    public ActorRegistry Registry { get; }
    public IReadOnlyList<MentionMatch> Mentions { get; }
    public DateOnly? Published { get; }
    /// <summary>Quotations of at least four words (opening and closing mark offsets); what is inside them is not the article's own statement.</summary>
    public IReadOnlyList<(int Open, int Close)> Quotations => quotations ??= QuoteExtractor.Spans(Text)
        .Where(q => QuoteExtractor.IsQuotation(Text[(q.Open + 1)..q.Close])).ToList();

    private IReadOnlyList<(int Open, int Close)>? quotations;

    public bool IsQuoted(int position) => Quotations.Any(q => position > q.Open && position < q.Close);

    /// <summary>Literal mentions, epithets and pronouns, in text order.</summary>
    public IReadOnlyList<ActorReference> References { get; }

    /// <summary>The folded text of a sentence (offsets of the folded view).</summary>
    public string FoldedSentence(SentenceSpan s, out int foldedStart)
    {
        foldedStart = Folded.FromOriginal(s.Start);
        var end = Folded.FromOriginal(s.End);
        return Folded.Value[foldedStart..end];
    }

    public IEnumerable<ActorReference> ReferencesIn(int start, int end) =>
        References.Where(r => r.Start >= start && r.Start < end);

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

    public bool IsPerson(string slug) => Registry.Find(slug)?.IsPerson ?? false;
}
