using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AiWatch.Web.Tests.Browser;

/// <summary>The sample app on a real 127.0.0.1 socket (Kestrel on a free port) plus a headless chromium to drive it.</summary>
public sealed class BrowserApplication : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;

    public SampleApplication App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Screenshots land next to the test binaries, under screenshots/.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        return Path.Combine(folder, name);
    }

    public async Task InitializeAsync()
    {
        // In CI a missing browser fails here, with the reason, rather than deep inside Playwright.
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), $"No browser at {BrowserFactAttribute.ChromiumPath}.");
        // Every actor on the dashboard, so the journey can start from the one the sample data knows about.
        App.Settings["AiWatch:DashboardListSize"] = "50";
        App.UseKestrel(0);
        App.StartServer();
        await ((IAsyncLifetime)App).InitializeAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
