namespace AiWatch.Core.Scraping;

/// <summary>
/// At most one request per host per interval. Each caller books the next free slot of its host under a lock and
/// then waits for it, so requests to one host go out in arrival order, spaced by the interval, while other hosts
/// are not held up. Time comes from a <see cref="TimeProvider"/> so tests can drive it.
/// </summary>
public sealed class HostPacer(TimeSpan interval, TimeProvider time)
{
    private const int MaxTrackedHosts = 1000;
    private readonly Dictionary<string, DateTimeOffset> nextSlot = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long the caller must wait before its request to <paramref name="host"/>; the slot is booked.</summary>
    public TimeSpan Book(string host)
    {
        if (interval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }
        lock (nextSlot)
        {
            var now = time.GetUtcNow();
            if (nextSlot.Count > MaxTrackedHosts)
            {
                // Hosts whose slot has passed need no memory: they would get "now" anyway.
                foreach (var (key, _) in nextSlot.Where(p => p.Value <= now).ToList())
                {
                    nextSlot.Remove(key);
                }
            }
            var slot = nextSlot.TryGetValue(host, out var next) && next > now ? next : now;
            nextSlot[host] = slot + interval;
            return slot - now;
        }
    }

    /// <summary>Returns when the caller may send its request to <paramref name="host"/>.</summary>
    public async Task WaitTurnAsync(string host, CancellationToken ct)
    {
        var delay = Book(host);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, ct);
        }
    }
}
