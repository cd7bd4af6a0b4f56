namespace AiWatch.Core.Extraction;

/// <summary>
/// A document as read or fetched, before extraction: decoded text plus what is known of its origin.
/// <paramref name="Id"/> is the file name without ".gz" and without its extension (or the last URL segment).
/// </summary>
public sealed record RawDocument(string Id, string Url, string ContentType, string Content)
{
    public bool IsHtml => ContentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    /// <summary>HTTP validators of the response this document came from (none for files), kept for conditional re-fetches.</summary>
    public string? ETag { get; init; }

    public string? LastModified { get; init; }
}
