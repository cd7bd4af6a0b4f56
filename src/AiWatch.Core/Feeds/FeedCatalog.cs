using AiWatch.Core.Model;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Feeds;

/// <summary>A feed with what its list shows: state of its polling and counts of its items.</summary>
public sealed record FeedRow(
    int Id, string Url, string? Title, int PollIntervalMinutes, DateTime? LastPolledUtc, DateTime NextPollUtc,
    int ConsecutiveFailures, string? LastError, int ItemCount, int FailedItemCount);

/// <summary>An item of a feed that could not be ingested, for the list of recent failures.</summary>
public sealed record FailedFeedItem(int FeedId, string Url, string Error, DateTime SeenUtc);

/// <summary>
/// Adds, lists and removes feeds. Adding fetches the URL once: an HTML page is searched for the feed it
/// announces, and the feed must parse before it is stored.
/// </summary>
public sealed class FeedCatalog(AiWatchDbContext db, IHttpFetcher fetcher, TimeProvider clock)
{
    public async Task<Feed> AddAsync(string url, int intervalMinutes, CancellationToken ct = default)
    {
        if (!FeedSchedule.IsValidInterval(intervalMinutes))
        {
            throw new FeedException($"the interval must be between {FeedSchedule.MinIntervalMinutes} and {FeedSchedule.MaxIntervalMinutes} minutes (got {intervalMinutes})");
        }
        var requested = WebUrl(url);
        await EnsureNewAsync(requested.AbsoluteUri, ct);
        var (feedUrl, parsed) = await FetchFeedAsync(requested, ct);
        await EnsureNewAsync(feedUrl.AbsoluteUri, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // No validators stored yet: the first poll must get the full feed to ingest its items. It is due at once.
        var feed = new Feed
        {
            Url = feedUrl.AbsoluteUri, Title = parsed.Title, SiteUrl = parsed.SiteUrl, PollIntervalMinutes = intervalMinutes,
            CreatedUtc = now, NextPollUtc = now,
        };
        db.Feeds.Add(feed);
        await db.SaveChangesAsync(ct);
        return feed;
    }

    public Task<List<FeedRow>> ListAsync(CancellationToken ct = default) => db.Feeds.AsNoTracking()
        .OrderBy(f => f.Id)
        .Select(f => new FeedRow(f.Id, f.Url, f.Title, f.PollIntervalMinutes, f.LastPolledUtc, f.NextPollUtc, f.ConsecutiveFailures, f.LastError,
            f.Items.Count, f.Items.Count(i => i.Error != null)))
        .ToListAsync(ct);

    /// <summary>The latest failed items of every feed, newest first, at most <paramref name="perFeed"/> each.</summary>
    public async Task<ILookup<int, FailedFeedItem>> RecentFailuresAsync(int perFeed, CancellationToken ct = default)
    {
        var failed = await db.FeedItems.AsNoTracking().Where(i => i.Error != null)
            .Select(i => new FailedFeedItem(i.FeedId, i.Url, i.Error!, i.SeenUtc))
            .ToListAsync(ct);
        return failed.GroupBy(i => i.FeedId)
            .SelectMany(g => g.OrderByDescending(i => i.SeenUtc).ThenByDescending(i => i.Url).Take(perFeed))
            .ToLookup(i => i.FeedId);
    }

    /// <summary>Removes a feed, given by id or URL, with its item records; its articles stay. False when there is no such feed.</summary>
    public async Task<bool> RemoveAsync(string idOrUrl, CancellationToken ct = default)
    {
        var feed = int.TryParse(idOrUrl, out var id)
            ? await db.Feeds.FirstOrDefaultAsync(f => f.Id == id, ct)
            : await db.Feeds.FirstOrDefaultAsync(f => f.Url == idOrUrl.Trim(), ct);
        if (feed is null)
        {
            return false;
        }
        db.Feeds.Remove(feed);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static Uri WebUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new FeedException($"not an http or https URL: {url}");

    private async Task EnsureNewAsync(string url, CancellationToken ct)
    {
        var existing = await db.Feeds.AsNoTracking().Where(f => f.Url == url).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            throw new FeedException($"feed already added as #{existing}: {url}");
        }
    }

    /// <summary>The feed at <paramref name="url"/>, or the first one the HTML page at <paramref name="url"/> links to.</summary>
    private async Task<(Uri Url, ParsedFeed Feed)> FetchFeedAsync(Uri url, CancellationToken ct)
    {
        var response = await GetAsync(url, ct);
        if (!LooksLikeHtml(response))
        {
            return (response.FinalUrl, FeedParser.Parse(response.Body, response.FinalUrl));
        }
        var discovered = FeedDiscovery.Discover(DecodePage(url, response), response.FinalUrl).FirstOrDefault()
            ?? throw new FeedException($"no RSS or Atom feed is linked from the page {url}");
        var feedResponse = await GetAsync(discovered, ct);
        return (feedResponse.FinalUrl, FeedParser.Parse(feedResponse.Body, feedResponse.FinalUrl));
    }

    private static string DecodePage(Uri url, FetchResponse response)
    {
        try
        {
            return PageFetcher.Decode(url, response).Content;
        }
        catch (FetchException e)
        {
            throw new FeedException($"{url}: {e.Message}", e);
        }
    }

    private async Task<FetchResponse> GetAsync(Uri url, CancellationToken ct)
    {
        try
        {
            return await fetcher.GetAsync(new FetchRequest(url), ct);
        }
        catch (FetchException e)
        {
            throw new FeedException($"{url}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Servers label feeds and pages loosely (a feed as text/html, a page as text/plain), so the body's opening
    /// decides first: XML is a feed, an HTML doctype or tag a page; otherwise the header does.
    /// </summary>
    private static bool LooksLikeHtml(FetchResponse response)
    {
        var start = System.Text.Encoding.UTF8.GetString(response.Body, 0, Math.Min(response.Body.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (FeedOpenings.Any(o => start.StartsWith(o, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        return HtmlOpenings.Any(o => start.StartsWith(o, StringComparison.OrdinalIgnoreCase))
            || (response.MediaType is { } type && type.Contains("html", StringComparison.Ordinal));
    }

    private static readonly string[] FeedOpenings = ["<?xml", "<rss", "<feed", "<rdf:RDF"];
    private static readonly string[] HtmlOpenings = ["<!doctype html", "<html"];
}
