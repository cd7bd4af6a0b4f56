namespace AiWatch.Core.Model;

/// <summary>An RSS or Atom feed polled for new articles.</summary>
public sealed class Feed
{
    public int Id { get; set; }
    /// <summary>The feed's own URL (after autodiscovery, never the HTML page's).</summary>
    public string Url { get; set; } = "";
    public string? Title { get; set; }
    public string? SiteUrl { get; set; }
    public int PollIntervalMinutes { get; set; } = 30;
    /// <summary>Validators of the last 200 response, sent back as If-None-Match / If-Modified-Since.</summary>
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? LastPolledUtc { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
    /// <summary>When the poller takes it next: interval after a success, growing backoff after failures.</summary>
    public DateTime NextPollUtc { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? LastError { get; set; }
    public List<FeedItem> Items { get; set; } = new();
}

/// <summary>An item seen in a feed, so each is fetched once.</summary>
public sealed class FeedItem
{
    public int Id { get; set; }
    public int FeedId { get; set; }
    /// <summary>Canonical URL of the item's page.</summary>
    public string Url { get; set; } = "";
    public string? Title { get; set; }
    public DateTime SeenUtc { get; set; }
    public int? ArticleId { get; set; }
    /// <summary>Why the item's page could not be ingested; null on success.</summary>
    public string? Error { get; set; }
}

/// <summary>An input (URL, file, feed item) that could not be ingested, with the reason shown in the app.</summary>
public sealed class IngestionFailure
{
    public int Id { get; set; }
    public string Input { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTime OccurredUtc { get; set; }
    public int? FeedId { get; set; }
}

/// <summary>A named value the app keeps between starts (the admin password hash).</summary>
public sealed class AppSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
