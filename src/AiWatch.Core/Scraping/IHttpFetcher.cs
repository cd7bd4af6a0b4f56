namespace AiWatch.Core.Scraping;

/// <summary>
/// The network step: one GET, with whatever politeness and safety rules apply (robots.txt, per-host pacing,
/// address checks, redirects, retries). Bytes out, never parsed here. Any failure is a <see cref="FetchException"/>
/// whose message says why.
/// </summary>
public interface IHttpFetcher
{
    Task<FetchResponse> GetAsync(FetchRequest request, CancellationToken ct = default);
}

/// <summary>A GET of <paramref name="Url"/>; the validators of an earlier response make it conditional.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);

/// <summary>
/// What came back: <paramref name="NotModified"/> for a 304 (then <paramref name="Body"/> is empty), otherwise a
/// 2xx body. <paramref name="ContentType"/> is the raw Content-Type header (with its charset), if any.
/// </summary>
public sealed record FetchResponse(
    Uri FinalUrl,
    bool NotModified,
    string? ContentType,
    byte[] Body,
    string? ETag,
    string? LastModified)
{
    public string? MediaType => ContentType is null ? null : ContentType.Split(';')[0].Trim().ToLowerInvariant();
}
