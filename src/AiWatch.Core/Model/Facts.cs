namespace AiWatch.Core.Model;

/// <summary>An actor named in an article's text, at [Start, Start+Length).</summary>
public sealed class Mention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public string Surface { get; set; } = "";
    /// <summary>A literal name, or an epithet resolved to a nearby actor; epithets are kept apart from counts of names.</summary>
    public MentionKind Kind { get; set; }
    public string AnalyzerVersion { get; set; } = "";
}

public enum MentionKind
{
    Literal = 0,
    Epithet = 1,
}

/// <summary>Two actors named in the same sentences of one article; ActorAId &lt; ActorBId.</summary>
public sealed class CoMention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int ActorAId { get; set; }
    public int ActorBId { get; set; }
    /// <summary>How many sentences of the article name both.</summary>
    public int SentenceCount { get; set; }
    public string AnalyzerVersion { get; set; } = "";
}

/// <summary>Something that happened (lawsuit, bid, investment…), with the sentence that says so.</summary>
public sealed class Event
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    /// <summary>One of <see cref="EventTypes.All"/>.</summary>
    public string Type { get; set; } = "";
    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the text does not say.</summary>
    public string? Date { get; set; }
    /// <summary>First day of <see cref="Date"/>, for ordering and filtering.</summary>
    public DateOnly? DateStart { get; set; }
    public decimal? AmountValue { get; set; }
    public string? AmountCurrency { get; set; }
    /// <summary>True when the date was resolved from a relative expression ("l’an prochain", "il y a quelques mois").</summary>
    public bool DateApproximate { get; set; }
    public bool Hedged { get; set; }
    /// <summary>The cross-article event this report belongs to; reports of one happening share it.</summary>
    public int? GroupId { get; set; }
    public EventGroup? Group { get; set; }
    public string Evidence { get; set; } = "";
    public int EvidenceStart { get; set; }
    public int EvidenceLength { get; set; }
    public string AnalyzerVersion { get; set; } = "";
    public List<EventActor> Actors { get; set; } = new();
}

public sealed class EventActor
{
    public int EventId { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    /// <summary>Order of appearance in the clause: the agent comes first.</summary>
    public int Position { get; set; }
}

/// <summary>Words in quotation marks and who said them.</summary>
public sealed class Quote
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public string Text { get; set; } = "";
    public int? SpeakerActorId { get; set; }
    public Actor? SpeakerActor { get; set; }
    /// <summary>The speaker's name when not a registered actor; null when unknown.</summary>
    public string? SpeakerName { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public string AnalyzerVersion { get; set; } = "";
}

/// <summary>Reported speech ("Musk affirme que…") attributed to an actor.</summary>
public sealed class Claim
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int SpeakerActorId { get; set; }
    public Actor? SpeakerActor { get; set; }
    public int? TargetActorId { get; set; }
    public Actor? TargetActor { get; set; }
    public string Text { get; set; } = "";
    public bool Hedged { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public string AnalyzerVersion { get; set; } = "";
}

/// <summary>A money amount as written in the article.</summary>
public sealed class Amount
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public decimal Value { get; set; }
    public string Currency { get; set; } = "";
    public string Text { get; set; } = "";
    public int Start { get; set; }
    public int Length { get; set; }
    public string AnalyzerVersion { get; set; } = "";
}

/// <summary>
/// One happening reported by one or more articles (the same lawsuit told by three outlets): the timeline shows it
/// once, with all its reports as sources. Its fields summarise the reports.
/// </summary>
public sealed class EventGroup
{
    public int Id { get; set; }
    public string Type { get; set; } = "";
    public string? Date { get; set; }
    public DateOnly? DateStart { get; set; }
    public decimal? AmountValue { get; set; }
    public string? AmountCurrency { get; set; }
    /// <summary>True while every report is hedged.</summary>
    public bool Hedged { get; set; }
    /// <summary>Slugs of the participants, agent first, joined by ','; the key reports are merged on.</summary>
    public string ActorSlugs { get; set; } = "";
    public int SourceCount { get; set; }
    public List<Event> Reports { get; set; } = new();
}

/// <summary>Two actors opposed by lawsuits, bids, accusations or claims (e.g. elon-musk × openai); ActorAId &lt; ActorBId.</summary>
public sealed class Dispute
{
    public int Id { get; set; }
    /// <summary>"elon-musk-vs-openai": the two slugs in registry order.</summary>
    public string Slug { get; set; } = "";
    public int ActorAId { get; set; }
    public Actor? ActorA { get; set; }
    public int ActorBId { get; set; }
    public Actor? ActorB { get; set; }
    public int EventCount { get; set; }
    public int ClaimCount { get; set; }
    public DateOnly? FirstDate { get; set; }
    public DateOnly? LastDate { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

public static class EventTypes
{
    public static readonly IReadOnlyList<string> All = new[]
    {
        "lawsuit", "bid", "acquisition", "investment", "partnership",
        "infrastructure", "valuation", "launch", "regulation", "settlement",
    };
}
