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

    // Console errors and uncaught exceptions of each page (a CSP violation is one): every journey ends without any.
    private readonly Dictionary<IPage, List<string>> consoleErrors = [];

    private async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        // A context per page: the admin's cookie must not leak into another journey.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var errors = consoleErrors[page] = [];
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        return page;
    }

    private void AssertNoConsoleErrors(IPage page) =>
        Assert.True(consoleErrors[page].Count == 0, $"{page.Url}:\n{string.Join("\n", consoleErrors[page])}");

    private string Url(string path) => new Uri(fixture.BaseAddress, path).ToString();

    [BrowserFact]
    public async Task Dashboard_to_dossier_to_fact_to_the_marked_sentence()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());
        Assert.Equal("rgb(28, 31, 36)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor"));

        await page.Locator("#top-actors ~ ol a", new PageLocatorOptions { HasText = "Elon Musk" }).ClickAsync();
        await page.ArrivedAtAsync("**/actors/elon-musk");
        Assert.Equal("Elon Musk", await page.Locator("h1").InnerTextAsync());

        var sample = fixture.App.Sample;
        await page.Locator($"#claims-by-title ~ ul blockquote a[href$='#sentence-{SampleData.ClaimSentence}']").First.ClickAsync();
        // The address, then the marked sentence itself (PageUrl says why not WaitForURLAsync).
        await page.ArrivedAtAsync($"**/articles/{sample.ArticleId}#sentence-{SampleData.ClaimSentence}");
        await page.Locator($"#sentence-{SampleData.ClaimSentence}:target").WaitForAsync();

        var target = await page.EvaluateAsync<string?>("document.querySelector(':target')?.id");
        Assert.Equal($"sentence-{SampleData.ClaimSentence}", target);
        Assert.Equal(TargetBackground, await page.EvaluateAsync<string>("getComputedStyle(document.querySelector(':target')).backgroundColor"));
        Assert.True(await page.Locator(":target").IsVisibleAsync());
        Assert.StartsWith("Elon Musk affirme", await page.Locator(":target").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("article-sentence-target.png") });
        AssertNoConsoleErrors(page);
    }

    [BrowserFact]
    public async Task Search_from_the_header_highlights_the_hits()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());

        await page.FillAsync("#header-q", "creme");
        await page.PressAsync("#header-q", "Enter");
        await page.ArrivedAtAsync("**/search?q=creme");

        var marks = await page.Locator(".results mark").AllInnerTextsAsync();
        Assert.Contains("crème", marks);
        Assert.Equal("rgb(255, 230, 128)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.results mark')).backgroundColor"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("search.png"), FullPage = true });
        AssertNoConsoleErrors(page);
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

    [BrowserFact]
    public async Task Admin_signs_in_adds_an_actor_with_a_previewed_profile_and_its_dossier_exists()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/admin"));
        await page.ArrivedAtAsync("**/account/signin?ReturnUrl=%2Fadmin");
        await page.FillAsync("#password", "pas le bon");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Equal("Mot de passe incorrect.", await page.Locator("main [role=alert]").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("admin-signin-refused.png") });

        await page.FillAsync("#password", AdminClient.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArrivedAtAsync("**/admin");
        await page.Locator("#failures").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("admin-index.png"), FullPage = true });
        await page.ClickAsync("text=Ajouter un acteur");
        await page.ArrivedAtAsync("**/admin/actors/new");

        await page.FillAsync("#name", "Clément Delangue");
        await page.SelectOptionAsync("#kind", "Person");
        await page.FillAsync("#role", "Cofondateur de Hugging Face");
        await page.FillAsync("#aliases", "Delangue\nM. Delangue");
        await page.FillAsync("#profile", "# Clément Delangue\n\n- Entrepreneur français\n- [Hugging Face](https://huggingface.co)");
        await page.ClickAsync("text=Aperçu du profil");
        Assert.Equal("Clément Delangue", await page.Locator(".profile-preview .profile h1").InnerTextAsync());
        Assert.Equal("Delangue\nM. Delangue", await page.InputValueAsync("#aliases"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("admin-actor-preview.png"), FullPage = true });

        await page.ClickAsync("main form button:text('Enregistrer')");
        await page.ArrivedAtAsync("**/admin/actors/clement-delangue/edit");
        await page.ClickAsync("text=Voir le dossier");
        await page.ArrivedAtAsync("**/actors/clement-delangue");
        Assert.Equal("Clément Delangue", await page.Locator("h1").First.InnerTextAsync());
        Assert.Equal("Administration", await page.Locator("footer a[href='/admin']").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("admin-new-actor-dossier.png"), FullPage = true });

        await page.ClickAsync("footer button:text('Se déconnecter')");
        await page.ArrivedAtAsync(Url("/"));
        Assert.Equal("Connexion", await page.Locator("footer a[href='/account/signin']").InnerTextAsync());
        AssertNoConsoleErrors(page);
    }

    [BrowserFact]
    public async Task Search_for_a_phrase_then_narrow_it_by_excluding_a_name_and_by_a_facet()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/search"));

        await page.FillAsync("#q", "\"milliards de dollars\"");
        await page.PressAsync("#q", "Enter");
        await page.ArrivedAtAsync("**/search?q=*");
        await page.Locator("main [role=status]").WaitForAsync();
        var phraseHits = await page.Locator(".results > li").CountAsync();
        Assert.True(phraseHits > 0, "The phrase found nothing.");
        Assert.All(await page.Locator(".results mark").AllInnerTextsAsync(), mark => Assert.Matches("(?i)milliards|de|dollars", mark));

        await page.FillAsync("#q", "\"milliards de dollars\" -Altman");
        await page.PressAsync("#q", "Enter");
        await page.ArrivedAtAsync("**/search?q=*Altman*");
        await page.Locator("main [role=status]:has-text('Altman')").WaitForAsync();
        // Of the seed articles quoting amounts in dollars, some name Altman and one does not.
        var narrowed = await page.Locator(".results > li").CountAsync();
        Assert.InRange(narrowed, 1, phraseHits - 1);
        Assert.DoesNotContain("Altman", await page.Locator(".results mark").AllInnerTextsAsync());

        // Then a filter from the facets: the count it announces is the number of results it gives.
        var articleFacet = page.Locator(".facet[data-facet=kind] a:not([aria-current])").First;
        var announced = int.Parse(await articleFacet.Locator(".count").InnerTextAsync());
        await articleFacet.ClickAsync();
        await page.ArrivedAtAsync("**/search?*kind=*");
        await page.Locator(".facet[data-facet=kind] a[aria-current]").WaitForAsync();
        Assert.Equal(Math.Min(announced, new AiWatch.Web.Hosting.AiWatchOptions().PageSize), await page.Locator(".results > li").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("search-phrase-filter.png"), FullPage = true });
        AssertNoConsoleErrors(page);
    }

    [BrowserFact]
    public async Task Timeline_filtered_by_actor_shows_only_their_events()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/timeline"));
        var all = await page.Locator(".timeline > li").CountAsync();

        await page.SelectOptionAsync("#actor", "elon-musk");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.ArrivedAtAsync("**/timeline?*actor=elon-musk*");
        await page.Locator("form.filters a[href='/timeline']").WaitForAsync();

        var items = await page.Locator(".timeline > li").AllInnerTextsAsync();
        Assert.NotEmpty(items);
        Assert.True(items.Count <= all);
        Assert.All(items, item => Assert.Contains("Elon Musk", item));
        Assert.Equal("elon-musk", await page.InputValueAsync("#actor"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath("timeline-filtered.png"), FullPage = true });
        AssertNoConsoleErrors(page);
    }

    [BrowserFact]
    public async Task Admin_pages_fit_a_phone_screen()
    {
        var page = await NewPageAsync(390, 844);
        await page.GotoAsync(Url("/account/signin"));
        await page.FillAsync("#password", AdminClient.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArrivedAtAsync("**/admin");
        await page.Locator("#failures").WaitForAsync();

        foreach (var (url, name) in new[] { ("/admin", "admin"), ("/admin/ingest", "admin-ingest"), ("/admin/actors/openai/edit", "admin-actor-edit") })
        {
            await page.GotoAsync(Url(url));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserApplication.ScreenshotPath($"phone-{name}.png"), FullPage = true });
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"), $"{url} scrolls sideways on a phone.");
        }
        AssertNoConsoleErrors(page);
    }
}
