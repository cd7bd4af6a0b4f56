namespace AiWatch.Core.Model;

// Pre-aggregated statistics: derived from the fact tables and kept in step with them by triggers
// (Storage/Statistics/StatisticsSql.cs), so pages read a few rows instead of counting millions.

/// <summary>An actor's mentions in all articles: by name, and by epithet ("le patron de Tesla").</summary>
public sealed class ActorStat
{
    public int ActorId { get; set; }
    public int Mentions { get; set; }
    public int EpithetMentions { get; set; }
}

/// <summary>An actor's mentions by name in the articles published on one day.</summary>
public sealed class ActorDailyMention
{
    public int ActorId { get; set; }
    public DateOnly Day { get; set; }
    public int Count { get; set; }
}

/// <summary>An actor named in an article: how many times, with the article's date to list an actor's articles newest first.</summary>
public sealed class ArticleActor
{
    public int ArticleId { get; set; }
    public int ActorId { get; set; }
    public DateOnly? PublishedDate { get; set; }
    public int Mentions { get; set; }
    public int EpithetMentions { get; set; }
}

/// <summary>Co-mentions of two actors summed over all articles; ActorAId &lt; ActorBId.</summary>
public sealed class ActorPair
{
    public int ActorAId { get; set; }
    public int ActorBId { get; set; }
    public int Sentences { get; set; }
    public int Articles { get; set; }
}

/// <summary>
/// One line of the timeline: an event group, or an event not grouped yet (<see cref="EntryKey"/> = group id, or
/// minus the event id), with the date it sorts on: the reported date's first day, else its reports' earliest
/// publication date.
/// </summary>
public sealed class TimelineEntry
{
    public int EntryKey { get; set; }
    public DateOnly? SortDate { get; set; }
    /// <summary>The lowest event id among its reports: breaks ties between entries of one date.</summary>
    public int FirstEventId { get; set; }
    public string Type { get; set; } = "";
    public decimal? AmountValue { get; set; }
    public string? AmountCurrency { get; set; }
}

/// <summary>An actor taking part in a timeline entry (in any of its reports), with the entry's sort fields copied for indexed paging.</summary>
public sealed class TimelineActor
{
    public int ActorId { get; set; }
    public int EntryKey { get; set; }
    public DateOnly? SortDate { get; set; }
    public int FirstEventId { get; set; }
    public string Type { get; set; } = "";
    public decimal? AmountValue { get; set; }
    public string? AmountCurrency { get; set; }
}
