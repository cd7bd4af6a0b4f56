using AiWatch.Core.Scraping;
using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Scraping;

public sealed class HostPacerTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Requests_to_one_host_are_booked_one_interval_apart_and_other_hosts_are_not_held_up()
    {
        var pacer = new HostPacer(Second, new ManualTimeProvider());

        var delays = new[] { "lemonde.fr", "lemonde.fr", "lesechos.fr", "LEMONDE.fr" }.Select(pacer.Book).ToList();

        Assert.Equal([TimeSpan.Zero, Second, TimeSpan.Zero, 2 * Second], delays);
    }

    [Fact]
    public void A_host_idle_for_longer_than_the_interval_goes_at_once()
    {
        var time = new ManualTimeProvider();
        var pacer = new HostPacer(Second, time);
        pacer.Book("lemonde.fr");

        time.Advance(TimeSpan.FromMilliseconds(400));
        var soon = pacer.Book("lemonde.fr");
        time.Advance(TimeSpan.FromSeconds(5));
        var later = pacer.Book("lemonde.fr");

        Assert.Equal((TimeSpan.FromMilliseconds(600), TimeSpan.Zero), (soon, later));
    }

    [Fact]
    public void A_zero_interval_never_waits()
    {
        var pacer = new HostPacer(TimeSpan.Zero, new ManualTimeProvider());

        Assert.All(Enumerable.Range(0, 3).Select(_ => pacer.Book("lemonde.fr")), delay => Assert.Equal(TimeSpan.Zero, delay));
    }

    [Fact]
    public async Task Waiting_callers_are_released_in_arrival_order_as_time_passes()
    {
        var time = new ManualTimeProvider();
        var pacer = new HostPacer(Second, time);

        var first = pacer.WaitTurnAsync("lemonde.fr", CancellationToken.None);
        var second = pacer.WaitTurnAsync("lemonde.fr", CancellationToken.None);
        var third = pacer.WaitTurnAsync("lemonde.fr", CancellationToken.None);
        await time.WaitForTimersAsync(2);
        var beforeAdvance = (first.IsCompleted, second.IsCompleted, third.IsCompleted);
        time.Advance(Second);
        await second;
        var afterOne = third.IsCompleted;
        time.Advance(Second);
        await third;

        Assert.Equal((true, false, false), beforeAdvance);
        Assert.False(afterOne);
        Assert.Equal([Second, 2 * Second], time.ScheduledDelays);
    }
}
