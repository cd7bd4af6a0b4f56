namespace AiWatch.Core.Feeds;

/// <summary>
/// What one poll of a feed did: <see cref="NewItems"/> items stored (as articles, or recognised as already stored),
/// <see cref="FailedItems"/> items that could not be, or <see cref="Error"/> when the feed itself failed.
/// </summary>
public sealed record FeedPollResult(int FeedId, string Url, bool NotModified, int NewItems, int FailedItems, string? Error, DateTime NextPollUtc)
{
    public bool Failed => Error is not null || FailedItems > 0;
}
