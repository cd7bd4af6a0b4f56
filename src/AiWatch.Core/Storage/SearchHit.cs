namespace AiWatch.Core.Storage;

/// <summary>
/// One row of the FTS5 index <c>search_index</c>: an article, a quote or a claim.
/// Keyless: read through raw SQL only.
/// </summary>
public sealed class SearchHit
{
    /// <summary>"article", "quote" or "claim".</summary>
    public string Kind { get; set; } = "";
    /// <summary>Id of the article, quote or claim.</summary>
    public int ItemId { get; set; }
    public int ArticleId { get; set; }
    public string? Title { get; set; }
    /// <summary>Matched text with the hits wrapped in U+E000/U+E001 markers (HTML-encode, then replace).</summary>
    public string Snippet { get; set; } = "";
    public double Rank { get; set; }
}
