namespace AiWatch.Core.Tests.Support;

/// <summary>
/// A clock that only moves when the test calls <see cref="Advance"/>. Timers (Task.Delay over this provider) fire
/// then, so waits are observed by their scheduled delays, never by measuring real time.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object gate = new();
    private readonly List<Timer> timers = [];
    private readonly List<TimeSpan> scheduled = [];
    private DateTimeOffset now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private TaskCompletionSource timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The due time of every timer started, in order.</summary>
    public IReadOnlyList<TimeSpan> ScheduledDelays
    {
        get
        {
            lock (gate)
            {
                return scheduled.ToList();
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Completes once <paramref name="count"/> timers have been started (a real-time guard stops a hung test).</summary>
    public async Task WaitForTimersAsync(int count)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (scheduled.Count >= count)
                {
                    return;
                }
                next = timerCreated.Task;
            }
            await next.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    public void Advance(TimeSpan by)
    {
        List<Timer> due;
        lock (gate)
        {
            now += by;
            due = timers.Where(t => t.DueAt <= now).ToList();
            timers.RemoveAll(due.Contains);
        }
        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(Timer timer, TimeSpan dueTime)
    {
        TaskCompletionSource created;
        lock (gate)
        {
            timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }
            timer.DueAt = now + dueTime;
            timers.Add(timer);
            scheduled.Add(dueTime);
            created = timerCreated;
            timerCreated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        created.SetResult();
    }

    private void Cancel(Timer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }
    }

    /// <summary>One-shot timers are all the code under test uses; a period is ignored.</summary>
    private sealed class Timer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime);
            return true;
        }

        public void Dispose() => owner.Cancel(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
