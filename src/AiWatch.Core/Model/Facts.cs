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
    public bool Hedged { get; set; }
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

public static class EventTypes
{
    public static readonly IReadOnlyList<string> All = new[]
    {
        "lawsuit", "bid", "acquisition", "investment", "partnership",
        "infrastructure", "valuation", "launch", "regulation", "settlement",
    };
}
