namespace AiWatch.Core.Ingestion;

public enum IngestStatus
{
    /// <summary>A new article was stored and analysed.</summary>
    Ingested,
    /// <summary>An article at the same URL changed and was re-extracted and re-analysed.</summary>
    Updated,
    /// <summary>Already stored (same canonical URL, or the same text elsewhere): nothing written.</summary>
    Duplicate,
    /// <summary>Nothing stored; <see cref="IngestResult.Error"/> says why.</summary>
    Failed,
}

/// <summary>What happened to one input of an ingestion.</summary>
public sealed record IngestResult(string Input, IngestStatus Status, int? ArticleId, string? Error)
{
    /// <summary>The story this ingestion linked the article to, as a near-identical copy of a stored article; null otherwise.</summary>
    public int? StoryId { get; init; }

    public static IngestResult Failure(string input, string error) => new(input, IngestStatus.Failed, null, error);
}

/// <summary>Counts of a batch, for logs and command summaries.</summary>
public sealed record IngestSummary(int Ingested, int Updated, int Duplicates, int Failed)
{
    /// <summary>Articles stored and linked to a story of near-identical copies (counted among ingested or updated too).</summary>
    public int NearDuplicates { get; init; }

    public static IngestSummary Of(IEnumerable<IngestResult> results)
    {
        var list = results.ToList();
        return new IngestSummary(
            list.Count(r => r.Status == IngestStatus.Ingested),
            list.Count(r => r.Status == IngestStatus.Updated),
            list.Count(r => r.Status == IngestStatus.Duplicate),
            list.Count(r => r.Status == IngestStatus.Failed))
        {
            NearDuplicates = list.Count(r => r.StoryId is not null),
        };
    }
}
