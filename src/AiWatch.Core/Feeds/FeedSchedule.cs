namespace AiWatch.Core.Feeds;

/// <summary>When a feed is polled next: its interval after a success, a doubling backoff after failures.</summary>
public static class FeedSchedule
{
    public const int MinIntervalMinutes = 1;
    /// <summary>A week: a feed polled less often than that is not being watched.</summary>
    public const int MaxIntervalMinutes = 7 * 24 * 60;
    /// <summary>A failing feed is still tried once a day, so a site back from an outage is picked up again.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(24);

    public static bool IsValidInterval(int minutes) => minutes is >= MinIntervalMinutes and <= MaxIntervalMinutes;

    /// <summary>now + interval × 2^failures, capped at a day (or at the interval itself when that is longer).</summary>
    public static DateTime NextPoll(DateTime now, int intervalMinutes, int consecutiveFailures)
    {
        var interval = TimeSpan.FromMinutes(intervalMinutes);
        if (consecutiveFailures <= 0)
        {
            return now + interval;
        }
        var cap = interval > MaxBackoff ? interval : MaxBackoff;
        // Past 2^20 the product is beyond any cap; stopping there keeps the arithmetic far from overflow.
        var backoff = interval * Math.Pow(2, Math.Min(consecutiveFailures, 20));
        return now + (backoff < cap ? backoff : cap);
    }
}
