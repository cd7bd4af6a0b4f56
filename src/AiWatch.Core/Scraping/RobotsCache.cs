using System.Collections.Concurrent;

namespace AiWatch.Core.Scraping;

/// <summary>
/// The robots.txt rules of each origin (scheme, host, port), fetched once and kept 24 h (the most RFC 9309
/// allows). An unavailable robots.txt is kept only <see cref="UnavailableLifetime"/>, then asked again. Concurrent
/// callers for one origin share the same fetch; a fetch that threw (refused address) is not kept.
/// </summary>
public sealed class RobotsCache(Func<Uri, Task<RobotsRules>> load, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnavailableLifetime = TimeSpan.FromMinutes(10);

    private sealed record Entry(Task<RobotsRules> Rules, DateTimeOffset Loaded);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);

    public Task<RobotsRules> RulesForAsync(Uri url, CancellationToken ct)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        var entry = entries.AddOrUpdate(origin, _ => Load(origin, now), (_, old) => IsFresh(old, now) ? old : Load(origin, now));
        return entry.Rules.WaitAsync(ct);
    }

    private static bool IsFresh(Entry entry, DateTimeOffset now)
    {
        if (!entry.Rules.IsCompleted)
        {
            return true;
        }
        if (!entry.Rules.IsCompletedSuccessfully)
        {
            return false;
        }
        var lifetime = entry.Rules.Result.UnavailableReason is null ? Lifetime : UnavailableLifetime;
        return now < entry.Loaded + lifetime;
    }

    // The fetch is shared by every waiting caller, so no single caller's token cancels it; its own deadline bounds it.
    private Entry Load(string origin, DateTimeOffset now) => new(load(new Uri(origin + "/robots.txt")), now);
}
