using AiWatch.Core.Scraping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Tests.Hosting;

public sealed class FetchingSetupTests
{
    [Fact]
    public void The_fetcher_is_registered_with_the_settings_of_the_fetch_section()
    {
        using var app = new AiWatchApplication();
        app.Settings["AiWatch:Fetch:MaxRedirects"] = "3";
        app.Settings["AiWatch:Fetch:PerHostInterval"] = "00:00:02";

        var options = app.Services.GetRequiredService<IOptions<FetchOptions>>().Value;

        Assert.IsType<HttpFetcher>(app.Services.GetRequiredService<IHttpFetcher>());
        Assert.NotNull(app.Services.GetRequiredService<PageFetcher>());
        Assert.Equal((3, TimeSpan.FromSeconds(2), false), (options.MaxRedirects, options.PerHostInterval, options.AllowPrivateNetworks));
    }

    [Fact]
    public void Invalid_fetch_settings_stop_the_app_at_start()
    {
        using var app = new AiWatchApplication();
        app.Settings["AiWatch:Fetch:RetryCount"] = "-1";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AiWatch:Fetch:RetryCount must be between 0 and 10 (got -1).", error.ToString());
    }
}
