using System.Net;
using AiWatch.Core.Extraction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace AiWatch.Core.Scraping;

/// <summary>
/// The polite, safe GET: robots.txt first, then one request per host per interval, retries with backoff on
/// timeouts, dropped connections, 5xx and 429, redirects followed here hop by hop (each one checked again), a
/// deadline per request covering the body, and a body size cap. The address check lives in the client's
/// connection step (<see cref="AddressCheckingConnector"/>), so it covers every hop and every retry.
/// </summary>
public sealed class HttpFetcher : IHttpFetcher
{
    public const long DefaultMaxBodyBytes = 10L * 1024 * 1024;
    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromSeconds(30);

    private readonly Func<HttpClient> client;
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly HostPacer pacer;
    private readonly RobotsCache robots;
    private readonly ResiliencePipeline<Hop> retry;

    /// <summary>
    /// A plain fetcher over a client configured by the caller (it may follow redirects itself): deadline and size
    /// cap only, no robots.txt, pacing or retries. Services use <see cref="FetchingRegistration.AddAiWatchFetching"/>.
    /// </summary>
    public HttpFetcher(HttpClient http, long maxBodyBytes = DefaultMaxBodyBytes, TimeSpan? totalTimeout = null)
        : this(() => http, PlainOptions(maxBodyBytes, totalTimeout), TimeProvider.System, NullLogger.Instance)
    {
    }

    /// <summary>
    /// The full fetcher. <paramref name="client"/> is called per request, so a factory-made client with its pooled,
    /// rotated handler can serve a singleton.
    /// </summary>
    public HttpFetcher(Func<HttpClient> client, FetchOptions options, TimeProvider time, ILogger logger)
    {
        this.client = client;
        this.options = options;
        this.time = time;
        this.logger = logger;
        pacer = new HostPacer(options.PerHostInterval, time);
        robots = new RobotsCache(LoadRobotsAsync, time);
        retry = FetchRetry.Pipeline(options, time, logger);
    }

    private static FetchOptions PlainOptions(long maxBodyBytes, TimeSpan? totalTimeout) => new()
    {
        MaxBodyBytes = maxBodyBytes,
        TotalTimeout = totalTimeout ?? DefaultTotalTimeout,
        PerHostInterval = TimeSpan.Zero,
        RetryCount = 0,
        RespectRobotsTxt = false,
    };

    public Task<FetchResponse> GetAsync(FetchRequest request, CancellationToken ct = default) =>
        FetchAsync(request, options.RespectRobotsTxt, ct);

    private async Task<FetchResponse> FetchAsync(FetchRequest request, bool checkRobots, CancellationToken ct)
    {
        if (!IsWebScheme(request.Url))
        {
            throw new FetchException("only http and https URLs can be fetched") { Kind = FetchFailure.Refused };
        }
        var url = request.Url;
        var visited = new HashSet<string> { url.AbsoluteUri };
        for (var redirects = 0; ; redirects++)
        {
            if (checkRobots)
            {
                await CheckRobotsAsync(url, ct);
            }
            var hop = await SendWithRetriesAsync(url, request, ct);
            if (hop.Location is not { } next)
            {
                return hop.Response!;
            }
            CheckRedirect(url, next, redirects, visited);
            url = next;
        }
    }

    private void CheckRedirect(Uri from, Uri to, int redirectsSoFar, HashSet<string> visited)
    {
        if (!IsWebScheme(to))
        {
            throw new FetchException($"redirect to a {to.Scheme}: URL refused (only http and https URLs can be fetched)") { Kind = FetchFailure.Redirects };
        }
        if (!visited.Add(to.AbsoluteUri))
        {
            throw new FetchException($"redirect loop at {to.AbsoluteUri}") { Kind = FetchFailure.Redirects };
        }
        if (redirectsSoFar >= options.MaxRedirects)
        {
            throw new FetchException($"too many redirects (more than {options.MaxRedirects})") { Kind = FetchFailure.Redirects };
        }
        logger.LogDebug("Redirected {Url} to {Location}", from.AbsoluteUri, to.AbsoluteUri);
    }

    private static bool IsWebScheme(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private async Task CheckRobotsAsync(Uri url, CancellationToken ct)
    {
        var rules = await robots.RulesForAsync(url, ct);
        if (rules.UnavailableReason is { } reason)
        {
            throw new FetchException($"disallowed: robots.txt of {url.Host} is unavailable ({reason})") { Kind = FetchFailure.Disallowed };
        }
        if (!rules.IsAllowed(url.PathAndQuery))
        {
            logger.LogInformation("robots.txt of {Host} disallows {Url}", url.Host, url.AbsoluteUri);
            throw new FetchException("disallowed by robots.txt") { Kind = FetchFailure.Disallowed };
        }
    }

    /// <summary>
    /// RFC 9309: 2xx is parsed, 4xx (absent, forbidden) allows everything, a server or network error disallows
    /// the host until the short cache entry expires. A refused address stays a refusal: the page is on the same host.
    /// </summary>
    private async Task<RobotsRules> LoadRobotsAsync(Uri robotsUrl)
    {
        try
        {
            var response = await FetchAsync(new FetchRequest(robotsUrl), checkRobots: false, CancellationToken.None);
            return RobotsTxt.Parse(TextDecoding.Decode(response.Body), options.ProductToken);
        }
        catch (FetchException e) when (e.StatusCode is >= 400 and < 500 || e.Kind == FetchFailure.Redirects)
        {
            // RFC 9309 reads a robots.txt lost in redirects like an absent one.
            return RobotsRules.AllowAll;
        }
        catch (FetchException e) when (e.Kind != FetchFailure.Refused)
        {
            logger.LogWarning("robots.txt of {Host} is unavailable ({Reason}); the host is skipped for {Minutes} min",
                robotsUrl.Host, e.Message, RobotsCache.UnavailableLifetime.TotalMinutes);
            return RobotsRules.Unavailable(e.Message);
        }
    }

    private async Task<Hop> SendWithRetriesAsync(Uri url, FetchRequest request, CancellationToken ct)
    {
        var attempts = 0;
        Hop hop;
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(FetchRetry.UrlKey, url.AbsoluteUri);
        try
        {
            hop = await retry.ExecuteAsync(async attempt =>
            {
                attempts++;
                return await SendOnceAsync(url, request, attempts, attempt.CancellationToken);
            }, context);
        }
        catch (TimeoutException e)
        {
            throw new FetchException("timed out" + After(attempts), e) { Kind = FetchFailure.Timeout };
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            if (FetchRetry.Refusal(e) is { } refusal)
            {
                throw refusal;
            }
            // A connection cut while the body streams in surfaces as an IOException, not an HttpRequestException.
            throw new FetchException($"request failed: {e.Message}" + After(attempts), e) { Kind = FetchFailure.Network };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
        if (hop.Response is null && hop.Location is null)
        {
            var retryAfter = hop.RetryAfter > options.MaxRetryAfter ? $" (retry after {hop.RetryAfter.Value.TotalSeconds:0} s)" : "";
            throw new FetchException($"HTTP {hop.Status} {hop.Reason}{retryAfter}{After(attempts)}") { Kind = FetchFailure.HttpStatus, StatusCode = hop.Status };
        }
        return hop;
    }

    private static string After(int attempts) => attempts > 1 ? $" (after {attempts} attempts)" : "";

    private async Task<Hop> SendOnceAsync(Uri url, FetchRequest request, int attempt, CancellationToken ct)
    {
        await pacer.WaitTurnAsync(url.Host, ct);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.TotalTimeout);
        var started = time.GetTimestamp();
        try
        {
            var hop = await ExchangeAsync(url, request, deadline.Token);
            logger.LogInformation("Fetched {Url}: {StatusCode} in {ElapsedMs} ms (attempt {Attempt})",
                url.AbsoluteUri, hop.Status, (long)time.GetElapsedTime(started).TotalMilliseconds, attempt);
            return hop;
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException("timed out", e);
        }
    }

    private async Task<Hop> ExchangeAsync(Uri url, FetchRequest request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (request.ETag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }
        if (request.LastModified is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }
        using var response = await client().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
        var status = (int)response.StatusCode;
        var finalUrl = response.RequestMessage?.RequestUri ?? url;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new Hop(status, response.ReasonPhrase, new FetchResponse(finalUrl, true, null, [], etag ?? request.ETag, lastModified ?? request.LastModified));
        }
        if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
        {
            return new Hop(status, response.ReasonPhrase, null, new Uri(url, location));
        }
        if (!response.IsSuccessStatusCode)
        {
            return new Hop(status, response.ReasonPhrase, null, RetryAfter: RetryAfterOf(response));
        }
        if (response.Content.Headers.ContentLength > options.MaxBodyBytes)
        {
            throw TooLarge();
        }
        var body = await ReadCappedAsync(await response.Content.ReadAsStreamAsync(ct), ct);
        return new Hop(status, response.ReasonPhrase, new FetchResponse(finalUrl, false, response.Content.Headers.ContentType?.ToString(), body, etag, lastModified));
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Counts what actually arrives (after decompression): a missing or lying Content-Length cannot get past it.</summary>
    private async Task<byte[]> ReadCappedAsync(Stream body, CancellationToken ct)
    {
        await using (body)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > options.MaxBodyBytes)
                {
                    throw TooLarge();
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }

    private FetchException TooLarge() => new($"body larger than {options.MaxBodyBytes} bytes") { Kind = FetchFailure.TooLarge };
}

/// <summary>
/// One request's outcome: a <paramref name="Response"/> (2xx or 304), a redirect <paramref name="Location"/>, or
/// neither (an error status, possibly with the server's Retry-After).
/// </summary>
internal sealed record Hop(int Status, string? Reason, FetchResponse? Response, Uri? Location = null, TimeSpan? RetryAfter = null);
