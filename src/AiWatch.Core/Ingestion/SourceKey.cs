using AiWatch.Core.Model;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// The <see cref="Source"/> a new article is filed under when it is not simply its own site's: a feed item
/// goes under the feed (<see cref="SourceKind.Feed"/>, the feed's host, the feed's URL).
/// </summary>
public sealed record SourceKey(SourceKind Kind, string Name, string? Url)
{
    public static SourceKey ForFeed(string feedUrl) => new(SourceKind.Feed, new Uri(feedUrl).Host.ToLowerInvariant(), feedUrl);
}
