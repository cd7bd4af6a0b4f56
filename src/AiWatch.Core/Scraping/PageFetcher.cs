using AiWatch.Core.Extraction;

namespace AiWatch.Core.Scraping;

/// <summary>
/// GETs one article page through an <see cref="IHttpFetcher"/> and decodes it. Parsing happens elsewhere
/// (<see cref="ContentExtractor"/>), so the parser is testable offline.
/// </summary>
public sealed class PageFetcher(IHttpFetcher fetcher)
{
    /// <summary>Throws <see cref="FetchException"/> with a reader-friendly reason on any failure.</summary>
    public async Task<RawDocument> FetchAsync(string url, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchException("only http and https URLs can be fetched") { Kind = FetchFailure.Refused };
        }
        var response = await fetcher.GetAsync(new FetchRequest(uri), ct);
        return Decode(uri, response);
    }

    /// <summary>The article behind a fetched response; also used for feed items fetched elsewhere.</summary>
    public static RawDocument Decode(Uri requested, FetchResponse response)
    {
        var contentType = ArticleContentType(response.MediaType);
        var content = contentType == "text/html" ? HtmlDecoding.Decode(response.Body, response.ContentType) : TextDecoding.Decode(response.Body);
        if (content.Contains('\0'))
        {
            // The rule DocumentFiles applies to files: NUL characters mean a binary body under a text label.
            throw new FetchException("binary content, not text");
        }
        return new RawDocument(IdOf(requested), response.FinalUrl.AbsoluteUri, contentType, content)
        {
            ETag = response.ETag,
            LastModified = response.LastModified,
        };
    }

    /// <summary>
    /// "text/html" or "text/plain"; anything else (an image, a PDF, a feed) would be decoded into garbage text
    /// and stored as an article, so it is refused. A missing header is read as HTML, as browsers do.
    /// </summary>
    private static string ArticleContentType(string? mediaType)
    {
        if (mediaType is null || mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return "text/html";
        }
        return mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
            ? "text/plain"
            : throw new FetchException($"not an article page (content type {mediaType})");
    }

    private static string IdOf(Uri uri)
    {
        var last = uri.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/');
        return string.IsNullOrEmpty(last) ? uri.Host : Path.GetFileNameWithoutExtension(last);
    }
}

/// <summary>A page that could not be fetched; the message names the reason.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What kind of failure, for callers that react differently (a feed gone for good, a host refused…).</summary>
    public FetchFailure Kind { get; init; } = FetchFailure.Other;

    /// <summary>The HTTP status of the last response, when the failure is one (404, 503…).</summary>
    public int? StatusCode { get; init; }
}

public enum FetchFailure
{
    Other,
    /// <summary>Not a URL we may fetch: a scheme other than http(s), or a host on a private network.</summary>
    Refused,
    /// <summary>robots.txt forbids it, or could not be read.</summary>
    Disallowed,
    Timeout,
    /// <summary>DNS, connection or transfer failure.</summary>
    Network,
    /// <summary>An HTTP error status; see <see cref="FetchException.StatusCode"/>.</summary>
    HttpStatus,
    TooLarge,
    /// <summary>Too many redirects, a loop, or a redirect to a scheme other than http(s).</summary>
    Redirects,
}
