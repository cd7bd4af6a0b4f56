namespace AiWatch.Core.Analysis;

/// <summary>Everything the analyser found in one article's text. Offsets index into that text.</summary>
public sealed record AnalysisResult(
    IReadOnlyList<MentionMatch> Mentions,
    IReadOnlyList<EventMatch> Events,
    IReadOnlyList<QuoteMatch> Quotes,
    IReadOnlyList<ClaimMatch> Claims,
    IReadOnlyList<AmountMatch> Amounts)
{
    /// <summary>Epithets ("le patron de SoftBank") resolved to a nearby actor; kept apart from literal <see cref="Mentions"/>.</summary>
    public IReadOnlyList<MentionMatch> Epithets { get; init; } = [];

    /// <summary>Pairs of actors named in the same sentences, with how many sentences; SlugA sorts before SlugB.</summary>
    public IReadOnlyList<CoMentionMatch> CoMentions { get; init; } = [];
}

/// <summary>Two actors named together in <paramref name="SentenceCount"/> sentences of the article.</summary>
public sealed record CoMentionMatch(string SlugA, string SlugB, int SentenceCount);

/// <summary>A literal mention of a registered actor.</summary>
public sealed record MentionMatch(string Slug, int Start, int Length, string Surface);

/// <summary>A money amount: value in units ("97,4 milliards" → 97400000000), ISO currency.</summary>
public sealed record AmountMatch(decimal Value, string Currency, string Text, int Start, int Length);

/// <summary>
/// An event: <paramref name="Type"/> is one of Model.EventTypes.All; <paramref name="Actors"/> are slugs,
/// agent first; <paramref name="Date"/> is "YYYY", "YYYY-MM" or "YYYY-MM-DD".
/// </summary>
public sealed record EventMatch(
    string Type,
    IReadOnlyList<string> Actors,
    AmountMatch? Amount,
    string? Date,
    bool Hedged,
    string Evidence,
    int Start,
    int Length)
{
    /// <summary>True when <see cref="Date"/> was resolved from a relative expression ("l’an prochain").</summary>
    public bool DateApproximate { get; init; }
}

/// <summary>Quoted words. <paramref name="SpeakerSlug"/> is set for registered actors, <paramref name="SpeakerName"/> otherwise; both null when unknown.</summary>
public sealed record QuoteMatch(string Text, string? SpeakerSlug, string? SpeakerName, int Start, int Length);

/// <summary>Reported speech attributed to a registered actor.</summary>
public sealed record ClaimMatch(string SpeakerSlug, string? TargetSlug, string Text, bool Hedged, int Start, int Length);
