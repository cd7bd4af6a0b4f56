using AiWatch.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Tests.Hosting;

public sealed class FeedPollingOptionsTests
{
    private static ValidateOptionsResult Validate(FeedPollingOptions options) => new FeedPollingOptionsValidator().Validate(null, options);

    [Fact]
    public void Defaults_are_valid_poll_every_minute_and_propose_30_minutes()
    {
        var options = new FeedPollingOptions();

        Assert.True(Validate(options).Succeeded);
        Assert.Equal((true, TimeSpan.FromMinutes(1), 30), (options.Enabled, options.CheckInterval, options.DefaultPollIntervalMinutes));
    }

    [Theory]
    [InlineData("CheckInterval", "00:00:00")]
    [InlineData("CheckInterval", "01:00:01")]
    [InlineData("DefaultPollIntervalMinutes", "0")]
    [InlineData("DefaultPollIntervalMinutes", "10081")]
    public void Out_of_range_values_are_refused_by_name(string name, string value)
    {
        var options = new FeedPollingOptions();
        if (name == "CheckInterval")
        {
            options.CheckInterval = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            options.DefaultPollIntervalMinutes = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains($"AiWatch:Feeds:{name}", result.FailureMessage);
    }

    [Fact]
    public void Invalid_settings_stop_the_app_at_start()
    {
        using var app = new EmptyApplication();
        app.Settings["AiWatch:Feeds:CheckInterval"] = "00:00:00";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AiWatch:Feeds:CheckInterval", error.ToString());
    }
}
