using AiWatch.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Tests.Hosting;

public sealed class AiWatchOptionsTests
{
    private static ValidateOptionsResult Validate(AiWatchOptions options) => new AiWatchOptionsValidator().Validate(null, options);

    [Fact]
    public void Defaults_are_valid_and_point_at_the_repository_seeds()
    {
        var options = new AiWatchOptions();

        Assert.True(Validate(options).Succeeded);
        Assert.True(File.Exists(Path.Combine(options.SeedsPath!, "actors.json")));
    }

    [Fact]
    public void No_seeds_folder_is_allowed()
    {
        Assert.True(Validate(new AiWatchOptions { SeedsPath = null }).Succeeded);
    }

    [Theory]
    [InlineData("SeedsPath", "/no/such/folder")]
    [InlineData("PageSize", "0")]
    [InlineData("PageSize", "201")]
    [InlineData("DashboardListSize", "0")]
    [InlineData("DashboardListSize", "51")]
    public void Out_of_range_values_are_refused_by_name(string name, string value)
    {
        var options = new AiWatchOptions();
        switch (name)
        {
            case "SeedsPath": options.SeedsPath = value; break;
            case "PageSize": options.PageSize = int.Parse(value); break;
            default: options.DashboardListSize = int.Parse(value); break;
        }

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains($"AiWatch:{name}", result.FailureMessage);
    }

    [Fact]
    public void Invalid_settings_stop_the_app_at_start()
    {
        using var app = new AiWatchApplication();
        app.Settings["AiWatch:PageSize"] = "0";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AiWatch:PageSize", error.ToString());
    }
}
