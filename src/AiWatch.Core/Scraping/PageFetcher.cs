using AiWatch.Core.Extraction;

namespace AiWatch.Core.Scraping;

/// <summary>
/// The only network step of ingestion: GET one http(s) page and decode it. Parsing happens elsewhere
/// (<see cref="ContentExtractor"/>), so the parser is testable offline.
/// </summary>
public sealed class PageFetcher(HttpClient http, long maxBodyBytes = PageFetcher.DefaultMaxBodyBytes, TimeSpan? totalTimeout = null)
{
    public const long DefaultMaxBodyBytes = 10L * 1024 * 1024;

    /// <summary>Headers and body together; HttpClient.Timeout alone stops watching once headers arrive.</summary>
    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromSeconds(30);

    private readonly TimeSpan totalTimeout = totalTimeout ?? DefaultTotalTimeout;

    /// <summary>Throws <see cref="FetchException"/> with a reader-friendly reason on any failure.</summary>
    public async Task<RawDocument> FetchAsync(string url, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchException("only http and https URLs can be fetched");
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(totalTimeout);
        try
        {
            return await GetAsync(uri, deadline.Token);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // A connection cut while the body streams in surfaces as an IOException, not an HttpRequestException.
            throw new FetchException($"request failed: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new FetchException("timed out", e);
        }
    }

    private async Task<RawDocument> GetAsync(Uri uri, CancellationToken ct)
    {
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new FetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        if (response.Content.Headers.ContentLength > maxBodyBytes)
        {
            throw new FetchException($"body larger than {maxBodyBytes} bytes");
        }
        var contentType = ArticleContentType(response.Content.Headers.ContentType?.MediaType);
        var bytes = await ReadCappedAsync(await response.Content.ReadAsStreamAsync(ct), ct);
        var header = response.Content.Headers.ContentType?.ToString();
        var content = contentType == "text/html" ? HtmlDecoding.Decode(bytes, header) : TextDecoding.Decode(bytes);
        if (content.Contains('\0'))
        {
            // The rule DocumentFiles applies to files: NUL characters mean a binary body under a text label.
            throw new FetchException("binary content, not text");
        }
        var finalUrl = response.RequestMessage?.RequestUri?.AbsoluteUri ?? uri.AbsoluteUri;
        return new RawDocument(IdOf(uri), finalUrl, contentType, content);
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

    private async Task<byte[]> ReadCappedAsync(Stream body, CancellationToken ct)
    {
        await using (body)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > maxBodyBytes)
                {
                    throw new FetchException($"body larger than {maxBodyBytes} bytes");
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }

    private static string IdOf(Uri uri)
    {
        var last = uri.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/');
        return string.IsNullOrEmpty(last) ? uri.Host : Path.GetFileNameWithoutExtension(last);
    }
}

/// <summary>A page that could not be fetched; the message names the reason.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner);
