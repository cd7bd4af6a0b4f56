namespace AiWatch.Core.Scraping;

/// <summary>
/// How the fetcher behaves on the network: identity, deadlines, limits, retries, politeness and the address check.
/// Bound from "AiWatch:Fetch" by the web app; the CLI reads the same keys from environment variables.
/// </summary>
public sealed class FetchOptions
{
    public const string Section = "AiWatch:Fetch";
    public const string DefaultUserAgent = "AiWatch/1.0 (+https://github.com/aiwatch)";

    /// <summary>Sent with every request; its first product token ("AiWatch") is the name looked up in robots.txt.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>Deadline to open the TCP (and TLS) connection.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline of one request, headers and body together (a body that trickles in is cut too).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body accepted, counted after decompression.</summary>
    public long MaxBodyBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Redirects followed before giving up; each hop is checked again (scheme, address, robots.txt).</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>At most one request per host in this interval (robots.txt included); zero turns pacing off.</summary>
    public TimeSpan PerHostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Extra attempts after a timeout, a dropped connection, a 5xx or a 429; zero turns retries off.</summary>
    public int RetryCount { get; set; } = 2;

    /// <summary>First retry delay; later ones grow exponentially (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A Retry-After up to this long is obeyed; a longer one ends the attempts at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// False refuses hosts resolving to loopback, private, link-local (cloud metadata), CGNAT or unspecified
    /// addresses, so a submitted URL cannot reach the machine's own network.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Read each host's robots.txt (cached 24 h) and refuse the paths it disallows to us.</summary>
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>The product token of <see cref="UserAgent"/>: "AiWatch" for "AiWatch/1.0 (+…)".</summary>
    public string ProductToken => UserAgent.Split(['/', ' '], 2)[0].Trim();

    /// <summary>One message per bad setting, naming its configuration key; empty when every value is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(UserAgent) || ProductToken.Length == 0)
        {
            errors.Add($"{Section}:UserAgent must name the crawler (e.g. \"{DefaultUserAgent}\").");
        }
        else if (!System.Net.Http.Headers.ProductInfoHeaderValue.TryParse(UserAgent.Split(' ')[0], out _))
        {
            errors.Add($"{Section}:UserAgent must start with a product token like \"AiWatch/1.0\" (got \"{UserAgent}\").");
        }
        Positive(errors, nameof(ConnectTimeout), ConnectTimeout);
        Positive(errors, nameof(TotalTimeout), TotalTimeout);
        if (MaxBodyBytes < 1)
        {
            errors.Add($"{Section}:MaxBodyBytes must be at least 1 (got {MaxBodyBytes}).");
        }
        if (MaxRedirects is < 0 or > 20)
        {
            errors.Add($"{Section}:MaxRedirects must be between 0 and 20 (got {MaxRedirects}).");
        }
        if (PerHostInterval < TimeSpan.Zero)
        {
            errors.Add($"{Section}:PerHostInterval cannot be negative (got {PerHostInterval}).");
        }
        if (RetryCount is < 0 or > 10)
        {
            errors.Add($"{Section}:RetryCount must be between 0 and 10 (got {RetryCount}).");
        }
        Positive(errors, nameof(RetryBaseDelay), RetryBaseDelay);
        if (MaxRetryAfter < TimeSpan.Zero)
        {
            errors.Add($"{Section}:MaxRetryAfter cannot be negative (got {MaxRetryAfter}).");
        }
        return errors;
    }

    private static void Positive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:{key} must be positive (got {value}).");
        }
    }
}
