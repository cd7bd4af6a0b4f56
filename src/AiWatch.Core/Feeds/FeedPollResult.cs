namespace AiWatch.Core.Feeds;

/// <summary>
/// What one poll of a feed did: <see cref="NewItems"/> items stored (as articles, or recognised as already stored),
/// <see cref="Failures"/> the items that could not be, or <see cref="Error"/> when the feed itself failed.
/// </summary>
public sealed record FeedPollResult(int FeedId, string Url, bool NotModified, int NewItems, IReadOnlyList<FailedFeedItem> Failures, string? Error, DateTime NextPollUtc)
{
    public int FailedItems => Failures.Count;

    public bool Failed => Error is not null || FailedItems > 0;
}
