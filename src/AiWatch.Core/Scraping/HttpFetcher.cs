namespace AiWatch.Core.Scraping;

/// <summary>
/// GET over an <see cref="HttpClient"/> with a total deadline (headers and body: HttpClient.Timeout alone stops
/// watching once headers arrive) and a body size cap.
/// </summary>
public sealed class HttpFetcher(HttpClient http, long maxBodyBytes = HttpFetcher.DefaultMaxBodyBytes, TimeSpan? totalTimeout = null) : IHttpFetcher
{
    public const long DefaultMaxBodyBytes = 10L * 1024 * 1024;
    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromSeconds(30);

    private readonly TimeSpan totalTimeout = totalTimeout ?? DefaultTotalTimeout;

    public async Task<FetchResponse> GetAsync(FetchRequest request, CancellationToken ct = default)
    {
        if (request.Url.Scheme != Uri.UriSchemeHttp && request.Url.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchException("only http and https URLs can be fetched");
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(totalTimeout);
        try
        {
            return await SendAsync(request, deadline.Token);
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

    private async Task<FetchResponse> SendAsync(FetchRequest request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        if (request.ETag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }
        if (request.LastModified is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
        var finalUrl = response.RequestMessage?.RequestUri ?? request.Url;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.StatusCode == System.Net.HttpStatusCode.NotModified)
        {
            return new FetchResponse(finalUrl, true, null, [], etag ?? request.ETag, lastModified ?? request.LastModified);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new FetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        if (response.Content.Headers.ContentLength > maxBodyBytes)
        {
            throw new FetchException($"body larger than {maxBodyBytes} bytes");
        }
        var body = await ReadCappedAsync(await response.Content.ReadAsStreamAsync(ct), ct);
        return new FetchResponse(finalUrl, false, response.Content.Headers.ContentType?.ToString(), body, etag, lastModified);
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
}
