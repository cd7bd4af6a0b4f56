namespace AiWatch.Core.Feeds;

/// <summary>A feed as parsed: its title, the site it belongs to, and its items (absolute http(s) links only).</summary>
public sealed record ParsedFeed(string? Title, string? SiteUrl, IReadOnlyList<ParsedFeedItem> Items);

/// <summary>One item: the page it points at, with what the feed says of it.</summary>
public sealed record ParsedFeedItem(string Url, string? Title, DateTimeOffset? Published, string? Summary);

/// <summary>A feed that cannot be read or stored; the message says why in one line (with the XML line number where there is one).</summary>
public sealed class FeedException(string message, Exception? inner = null) : Exception(message, inner);
