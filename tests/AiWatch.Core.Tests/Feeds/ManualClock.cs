namespace AiWatch.Core.Tests.Feeds;

/// <summary>A clock the test sets by hand, so schedules are checked without waiting or reading the wall clock.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public DateTime UtcNow => Now.UtcDateTime;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
