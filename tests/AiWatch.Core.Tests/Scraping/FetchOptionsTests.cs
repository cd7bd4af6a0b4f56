using AiWatch.Core.Scraping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiWatch.Core.Tests.Scraping;

public sealed class FetchOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_polite()
    {
        var options = new FetchOptions();

        Assert.Empty(options.Validate());
        Assert.Equal("AiWatch", options.ProductToken);
        Assert.Equal((false, true, 5, 2), (options.AllowPrivateNetworks, options.RespectRobotsTxt, options.MaxRedirects, options.RetryCount));
    }

    public static TheoryData<Action<FetchOptions>, string> BadValues => new()
    {
        { o => o.UserAgent = " ", "AiWatch:Fetch:UserAgent must name the crawler (e.g. \"AiWatch/1.0 (+https://github.com/aiwatch)\")." },
        { o => o.UserAgent = "Ai\"Watch/1", "AiWatch:Fetch:UserAgent must start with a product token like \"AiWatch/1.0\" (got \"Ai\"Watch/1\")." },
        { o => o.ConnectTimeout = TimeSpan.Zero, "AiWatch:Fetch:ConnectTimeout must be positive (got 00:00:00)." },
        { o => o.TotalTimeout = TimeSpan.FromSeconds(-1), "AiWatch:Fetch:TotalTimeout must be positive (got -00:00:01)." },
        { o => o.MaxBodyBytes = 0, "AiWatch:Fetch:MaxBodyBytes must be at least 1 (got 0)." },
        { o => o.MaxRedirects = -1, "AiWatch:Fetch:MaxRedirects must be between 0 and 20 (got -1)." },
        { o => o.MaxRedirects = 21, "AiWatch:Fetch:MaxRedirects must be between 0 and 20 (got 21)." },
        { o => o.PerHostInterval = TimeSpan.FromSeconds(-1), "AiWatch:Fetch:PerHostInterval cannot be negative (got -00:00:01)." },
        { o => o.RetryCount = 11, "AiWatch:Fetch:RetryCount must be between 0 and 10 (got 11)." },
        { o => o.RetryBaseDelay = TimeSpan.Zero, "AiWatch:Fetch:RetryBaseDelay must be positive (got 00:00:00)." },
        { o => o.MaxRetryAfter = TimeSpan.FromSeconds(-2), "AiWatch:Fetch:MaxRetryAfter cannot be negative (got -00:00:02)." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Each_bad_value_is_named_with_its_key(Action<FetchOptions> change, string error)
    {
        var options = new FetchOptions();
        change(options);

        Assert.Equal(error, Assert.Single(options.Validate()));
    }

    [Fact]
    public void Zero_pacing_and_zero_retries_are_allowed()
    {
        Assert.Empty(new FetchOptions { PerHostInterval = TimeSpan.Zero, RetryCount = 0, MaxRedirects = 0 }.Validate());
    }

    [Fact]
    public void The_registered_fetcher_refuses_bad_options_when_they_are_read()
    {
        using var services = new ServiceCollection().AddAiWatchFetching(o => (o.RetryCount, o.MaxBodyBytes) = (-1, 0)).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IHttpFetcher>());

        Assert.Equal(["AiWatch:Fetch:MaxBodyBytes must be at least 1 (got 0).", "AiWatch:Fetch:RetryCount must be between 0 and 10 (got -1)."], error.Failures);
    }
}
