using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AiWatch.Web.Tests.Browser;

/// <summary>What a reader does, in a real browser: the only place CSS, anchors and :target are really checked.</summary>
public sealed class JourneyTests : IClassFixture<BrowserApplication>
{
    // --target in site.css (#fff3b0).
    private const string TargetBackground = "rgb(255, 243, 176)";

    private readonly BrowserApplication fixture;

    public JourneyTests(BrowserApplication fixture) => this.fixture = fixture;

    private async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(15_000);
        return page;
    }

    [BrowserFact]
    public async Task Dashboard_to_dossier_to_fact_to_the_marked_sentence()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());
        Assert.Equal("rgb(28, 31, 36)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor"));

        await page.Locator("#top-actors ~ ol a", new PageLocatorOptions { HasText = "Elon Musk" }).ClickAsync();
        await page.WaitForURLAsync("**/actors/elon-musk");
        Assert.Equal("Elon Musk", await page.Locator("h1").InnerTextAsync());

        var sample = fixture.App.Sample;
        await page.Locator($"#claims-by-title ~ ul blockquote a[href$='#sentence-{SampleData.ClaimSentence}']").First.ClickAsync();
        // Wait for the commit, then for the marked sentence itself: waiting for "load" on a URL with a fragment
        // raced with the load event on a loaded machine and timed out once in CI.
        await page.WaitForURLAsync($"**/articles/{sample.ArticleId}#sentence-{SampleData.ClaimSentence}",
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator($"#sentence-{SampleData.ClaimSentence}:target").WaitForAsync();

        var target = await page.EvaluateAsync<string?>("document.querySelector(':target')?.id");
        Assert.Equal($"sentence-{SampleData.ClaimSentence}", target);
        Assert.Equal(TargetBackground, await page.EvaluateAsync<string>("getComputedStyle(document.querySelector(':target')).backgroundColor"));
        Assert.True(await page.Locator(":target").IsVisibleAsync());
        Assert.StartsWith("Elon Musk affirme", await page.Locator(":target").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("article-sentence-target.png") });
    }

    [BrowserFact]
    public async Task Search_from_the_header_highlights_the_hits()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());

        await page.FillAsync("#header-q", "creme");
        await page.PressAsync("#header-q", "Enter");
        await page.WaitForURLAsync("**/search?q=creme");

        var marks = await page.Locator(".results mark").AllInnerTextsAsync();
        Assert.Contains("crème", marks);
        Assert.Equal("rgb(255, 230, 128)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.results mark')).backgroundColor"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("search.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Works_on_a_phone_sized_screen()
    {
        var page = await NewPageAsync(390, 844);
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "The dashboard scrolls sideways on a phone.");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("dashboard-phone.png"), FullPage = true });

        await page.GotoAsync(new Uri(fixture.BaseAddress, $"/articles/{fixture.App.Sample.ArticleId}").ToString());
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"), "The reader scrolls sideways on a phone.");
    }

    [BrowserFact]
    public async Task Every_screen_fits_a_phone_screen()
    {
        var page = await NewPageAsync(390, 844);
        var sample = fixture.App.Sample;
        var longest = await fixture.App.WithDbAsync(db => db.Articles.OrderByDescending(a => a.Text.Length).Select(a => a.Id).FirstAsync());
        var screens = new[]
        {
            ($"/articles/{longest}", "longest-article"),
            ("/", "dashboard"), ("/articles", "articles"), ($"/articles/{sample.ArticleId}", "article"), ("/actors", "actors"),
            ("/actors/elon-musk", "dossier"), ("/timeline", "timeline"), ("/search?q=openai", "search-openai"), ("/actors/nobody", "not-found"),
        };
        foreach (var (url, name) in screens)
        {
            await page.GotoAsync(new Uri(fixture.BaseAddress, url).ToString());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath($"phone-{name}.png"), FullPage = true });
            var wide = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
            Assert.False(wide, $"{url} scrolls sideways on a phone.");
        }

        var desktop = await NewPageAsync();
        foreach (var (url, name) in screens)
        {
            await desktop.GotoAsync(new Uri(fixture.BaseAddress, url).ToString());
            await desktop.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath($"desktop-{name}.png") });
        }
    }
}
