using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Feeds;

/// <summary>
/// Polls feeds: a conditional GET with the stored validators, then each item not seen before is fetched and
/// ingested under the feed's source. Every item is recorded once, with its article or its error (a failed one is tried again on the next polls, up to <see cref="MaxItemAttempts"/> times); one bad item
/// never stops the others, and a failing feed backs off (see <see cref="FeedSchedule"/>).
/// </summary>
public sealed class FeedPoller(AiWatchDbContext db, IHttpFetcher fetcher, Func<CancellationToken, Task<ArticleIngestor>> makeIngestor, ILogger logger, TimeProvider clock)
{
    private readonly PageFetcher pages = new(fetcher);
    private ArticleIngestor? ingestor;

    public FeedPoller(AiWatchDbContext db, IHttpFetcher fetcher, ArticleIngestor ingestor, ILogger logger, TimeProvider clock)
        : this(db, fetcher, _ => Task.FromResult(ingestor), logger, clock)
    {
    }

    /// <summary>Polls every feed whose next poll is due now, the most overdue first.</summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollDueAsync(CancellationToken ct = default)
    {
        var now = Now();
        var due = await db.Feeds.AsNoTracking().Where(f => f.NextPollUtc <= now).OrderBy(f => f.NextPollUtc).Select(f => f.Id).ToListAsync(ct);
        return await PollAsync(due, ct);
    }

    public async Task<IReadOnlyList<FeedPollResult>> PollAsync(IEnumerable<int> feedIds, CancellationToken ct = default)
    {
        var results = new List<FeedPollResult>();
        foreach (var id in feedIds)
        {
            if (await PollAsync(id, ct) is { } result)
            {
                results.Add(result);
            }
        }
        return results;
    }

    /// <summary>Polls one feed now, due or not; null when there is no such feed (removed meanwhile).</summary>
    public async Task<FeedPollResult?> PollAsync(int feedId, CancellationToken ct = default)
    {
        var feed = await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == feedId, ct);
        if (feed is null)
        {
            return null;
        }
        FetchResponse response;
        ParsedFeed parsed;
        try
        {
            response = await fetcher.GetAsync(new FetchRequest(new Uri(feed.Url), feed.ETag, feed.LastModified), ct);
            if (response.NotModified)
            {
                return await RecordSuccessAsync(feed, null, response, new ItemCounts(0, []), ct);
            }
            parsed = FeedParser.Parse(response.Body, response.FinalUrl);
        }
        catch (Exception e) when (e is FetchException or FeedException)
        {
            return await RecordFailureAsync(feed, e.Message, ct);
        }
        var counts = await IngestNewItemsAsync(feed, parsed.Items, ct);
        return await RecordSuccessAsync(feed, parsed, response, counts, ct);
    }

    private sealed record ItemCounts(int New, IReadOnlyList<FailedFeedItem> Failures);

    /// <summary>How many times an item whose page failed is tried, over successive polls, before it is left failed.</summary>
    public const int MaxItemAttempts = 3;

    private async Task<ItemCounts> IngestNewItemsAsync(Feed feed, IReadOnlyList<ParsedFeedItem> items, CancellationToken ct)
    {
        var (seen, retry) = await KnownItemsAsync(feed.Id, ct);
        var source = SourceKey.ForFeed(feed.Url);
        var added = 0;
        var failures = new List<FailedFeedItem>();
        foreach (var item in items)
        {
            var url = UrlCanonicalizer.Canonicalize(item.Url);
            var retrying = retry.Remove(url);
            if (!retrying && !seen.Add(url))
            {
                continue;
            }
            var (articleId, error) = await IngestItemAsync(item.Url, source, ct);
            if (!await RecordItemAsync(feed, url, item.Title, articleId, error, retrying, ct))
            {
                continue;
            }
            if (error is null)
            {
                added++;
            }
            else
            {
                failures.Add(new FailedFeedItem(feed.Id, url, error, Now()));
            }
        }
        return new ItemCounts(added, failures);
    }

    /// <summary>
    /// Items recorded before, and among them the failed ones to try again: a page down for an hour should not be
    /// lost for good. Each failed attempt left an <see cref="IngestionFailure"/> row, which is what is counted.
    /// </summary>
    private async Task<(HashSet<string> Seen, HashSet<string> Retry)> KnownItemsAsync(int feedId, CancellationToken ct)
    {
        var known = await db.FeedItems.AsNoTracking().Where(i => i.FeedId == feedId).Select(i => new { i.Url, Failed = i.Error != null }).ToListAsync(ct);
        var attempts = await db.IngestionFailures.AsNoTracking().Where(f => f.FeedId == feedId)
            .GroupBy(f => f.Input).Select(g => new { Url = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Url, g => g.Count, ct);
        var retry = known.Where(i => i.Failed && attempts.GetValueOrDefault(i.Url) < MaxItemAttempts).Select(i => i.Url).ToHashSet();
        return (known.Select(i => i.Url).ToHashSet(), retry);
    }

    private async Task<(int? ArticleId, string? Error)> IngestItemAsync(string url, SourceKey source, CancellationToken ct)
    {
        try
        {
            var document = await pages.FetchAsync(url, ct);
            // Made on the first new item: a poll with nothing new never loads the actor registry.
            ingestor ??= await makeIngestor(ct);
            var result = await ingestor.IngestAsync(document, source, ct);
            return result.Status == IngestStatus.Failed ? (null, result.Error) : (result.ArticleId, null);
        }
        catch (Exception e) when (e is FetchException or InvalidDataException)
        {
            // InvalidDataException: a page extraction refuses (nested too deep to parse).
            return (null, e.Message);
        }
        catch (Exception e) when (DatabaseError.Is(e))
        {
            return (null, DatabaseError.Describe(e));
        }
    }

    /// <summary>
    /// Writes the item (and its failure) at once, so a poll cut short keeps what it did; a retried item's row is
    /// updated. False when another poll of the same feed recorded the item first (the unique (FeedId, Url) index
    /// refuses the second).
    /// </summary>
    private async Task<bool> RecordItemAsync(Feed feed, string url, string? title, int? articleId, string? error, bool retrying, CancellationToken ct)
    {
        var now = Now();
        if (retrying && await db.FeedItems.FirstOrDefaultAsync(i => i.FeedId == feed.Id && i.Url == url, ct) is { } existing)
        {
            (existing.ArticleId, existing.Error) = (articleId, error);
        }
        else
        {
            db.FeedItems.Add(new FeedItem { FeedId = feed.Id, Url = url, Title = title, SeenUtc = now, ArticleId = articleId, Error = error });
        }
        if (error is not null)
        {
            db.IngestionFailures.Add(new IngestionFailure { Input = url, Reason = error, OccurredUtc = now, FeedId = feed.Id });
            logger.LogWarning("Feed {FeedId} item {Url} failed: {Error}", feed.Id, url, error);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<FeedPollResult> RecordSuccessAsync(Feed feed, ParsedFeed? parsed, FetchResponse response, ItemCounts counts, CancellationToken ct)
    {
        var now = Now();
        var next = FeedSchedule.NextPoll(now, feed.PollIntervalMinutes, 0);
        await UpdateFeedAsync(feed.Id, f =>
        {
            // Validators are stored only now, after every item was recorded: a poll cut short refetches in full.
            (f.ETag, f.LastModified) = (response.ETag, response.LastModified);
            f.Title = parsed?.Title ?? f.Title;
            f.SiteUrl = parsed?.SiteUrl ?? f.SiteUrl;
            (f.LastPolledUtc, f.LastSuccessUtc, f.NextPollUtc) = (now, now, next);
            (f.ConsecutiveFailures, f.LastError) = (0, null);
        }, ct);
        logger.LogInformation("Polled feed {FeedId} {Url}: {NewCount} new items, {FailedCount} failed{NotModified}",
            feed.Id, feed.Url, counts.New, counts.Failures.Count, response.NotModified ? " (not modified)" : "");
        return new FeedPollResult(feed.Id, feed.Url, response.NotModified, counts.New, counts.Failures, null, next);
    }

    private async Task<FeedPollResult> RecordFailureAsync(Feed feed, string error, CancellationToken ct)
    {
        var now = Now();
        var failures = feed.ConsecutiveFailures + 1;
        var next = FeedSchedule.NextPoll(now, feed.PollIntervalMinutes, failures);
        db.IngestionFailures.Add(new IngestionFailure { Input = feed.Url, Reason = error, OccurredUtc = now, FeedId = feed.Id });
        await UpdateFeedAsync(feed.Id, f => (f.LastPolledUtc, f.NextPollUtc, f.ConsecutiveFailures, f.LastError) = (now, next, failures, error), ct);
        logger.LogWarning("Feed {FeedId} {Url} failed ({FailureCount} in a row), next poll at {NextPollUtc}: {Error}", feed.Id, feed.Url, failures, next, error);
        return new FeedPollResult(feed.Id, feed.Url, false, 0, [], error, next);
    }

    private async Task UpdateFeedAsync(int feedId, Action<Feed> change, CancellationToken ct)
    {
        try
        {
            // Removed while it was polled: the outcome has nowhere to go.
            if (await db.Feeds.FirstOrDefaultAsync(f => f.Id == feedId, ct) is { } tracked)
            {
                change(tracked);
                await db.SaveChangesAsync(ct);
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
