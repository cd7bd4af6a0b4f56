using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AiWatch.Web.Tests.Browser;

/// <summary>
/// Markup planted where scraped text and admin input end up (an actor's name, alias, epithet and profile, an article's
/// title, body, quote, claim and event, its address), read in a real browser on every page that shows it: nothing runs,
/// no dialog opens, no planted element or handler reaches the DOM, and the reader sees the markup as text.
/// Each payload would set window.__xss or open an alert if it ever ran.
/// </summary>
public sealed class HostileContentTests : IClassFixture<BrowserApplication>
{
    private const string ActorName = "Evil<img src=x onerror=\"alert(1);window.__xss=1\">Corp";
    private const string ActorAlias = "<script>alert(2);window.__xss=2</script>";
    private const string ActorEpithet = "l’entreprise <svg onload=\"alert(3);window.__xss=3\">";
    private const string ActorProfile = "# Profil\n\n<img src=x onerror=\"alert(4);window.__xss=4\">\n\n[lien](javascript:alert(5))";
    private const string Title = "<script>alert(6);window.__xss=6</script>Titre piégé <img src=x onerror=\"alert(7);window.__xss=7\">";
    private const string QuoteText = "<svg/onload=alert(8);window.__xss=8> nous gagnerons";
    private const string ClaimText = "EvilCorp affirme que <a href=\"javascript:alert(9)\" id=\"planted\">ceci</a> est faux.";
    private const string EventText = "EvilCorp lève 5 millions d’euros <iframe src=\"javascript:alert(10)\"></iframe>.";

    private static readonly string Text =
        $"« {QuoteText} », a déclaré EvilCorp. {ClaimText} {EventText} <body onload=\"alert(11);window.__xss=11\"> piégé.";

    private readonly BrowserApplication fixture;

    public HostileContentTests(BrowserApplication fixture) => this.fixture = fixture;

    private string Url(string path) => new Uri(fixture.BaseAddress, path).ToString();

    [BrowserFact]
    public async Task Planted_scripts_and_handlers_never_run_and_show_as_text_on_every_page()
    {
        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        var slug = await AddActorThroughTheAdminFormAsync(page);
        var articleId = await fixture.App.WithDbAsync(db => InsertArticleAsync(db, slug));

        var pages = new (string Path, string Shows)[]
        {
            ("/", "Titre piégé"),
            ($"/articles/{articleId}", "<script>alert(6)"),
            ($"/actors/{slug}", "<img src=x onerror="),
            ("/search?q=pi%C3%A9g%C3%A9", "Titre piégé"),
            ($"/search?q=gagnerons", "<svg/onload=alert(8)"),
            ($"/timeline?actor={slug}", "<iframe src="),
            ("/admin", "Evil<img"),
            ($"/admin/actors/{slug}/edit", "Profil"),
        };
        foreach (var (path, shows) in pages)
        {
            await page.GotoAsync(Url(path));
            await page.Locator("main").WaitForAsync();
            Assert.True(await page.EvaluateAsync<bool>("typeof window.__xss === 'undefined'"), $"a payload ran on {path}");
            var planted = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('script, iframe, img[src=\"x\"], svg[onload], #planted, [onerror], [onload], [onclick]')].map(e => e.outerHTML)");
            Assert.True(planted.Length == 0, $"{path} has planted elements: {string.Join(" | ", planted)}");
            Assert.Contains(shows, await page.Locator("main").InnerTextAsync());
        }
        Assert.Empty(dialogs);
        await context.DisposeAsync();
    }

    [BrowserFact]
    public async Task The_html_escapes_the_planted_markup()
    {
        var context = await fixture.Browser.NewContextAsync();
        var slug = await AddActorThroughTheAdminFormAsync(await context.NewPageAsync(), suffix: " bis");
        var articleId = await fixture.App.WithDbAsync(db => InsertArticleAsync(db, slug));
        using var client = new HttpClient { BaseAddress = fixture.BaseAddress };

        foreach (var path in new[] { "/", $"/articles/{articleId}", $"/actors/{slug}", "/search?q=gagnerons", $"/timeline?actor={slug}" })
        {
            // Html.GetDocumentAsync fails on a script, handler, inline style or javascript: URL (see ActiveContent).
            await client.GetDocumentAsync(path);
        }
        var reader = await client.GetStringAsync($"/articles/{articleId}");
        Assert.Contains("&lt;script&gt;alert(6);window.__xss=6&lt;/script&gt;", reader);
        Assert.Contains("&lt;svg/onload=alert(8);window.__xss=8&gt;", reader);
        // The stored address is not a web address: it is shown, never linked.
        Assert.DoesNotContain("href=\"javascript:", reader, StringComparison.OrdinalIgnoreCase);
        await context.DisposeAsync();
    }

    private async Task<string> AddActorThroughTheAdminFormAsync(IPage page, string suffix = "")
    {
        await page.GotoAsync(Url("/account/signin"));
        await page.FillAsync("#password", AdminClient.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArrivedAtAsync("**/admin");
        await page.GotoAsync(Url("/admin/actors/new"));
        await page.FillAsync("#name", ActorName + suffix);
        await page.SelectOptionAsync("#kind", "Organisation");
        await page.FillAsync("#aliases", ActorAlias + suffix + "\nEvilCorp" + suffix.Trim());
        await page.FillAsync("#epithets", ActorEpithet + suffix);
        await page.FillAsync("#profile", ActorProfile);
        await page.ClickAsync("text=Aperçu du profil");
        await page.Locator(".profile-preview").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("typeof window.__xss === 'undefined'"), "the profile preview ran a payload");
        await page.ClickAsync("main form button:text('Enregistrer')");
        await page.ArrivedAtAsync("**/admin/actors/*/edit");
        var path = new Uri(page.Url).AbsolutePath;
        return path["/admin/actors/".Length..^"/edit".Length];
    }

    /// <summary>An article as a scraper could store it: the markup is in the text, not interpreted.</summary>
    private static async Task<int> InsertArticleAsync(AiWatchDbContext db, string slug)
    {
        var actor = await db.Actors.SingleAsync(a => a.Slug == slug);
        var source = new Source { Kind = SourceKind.Site, Name = "<b>presse</b>.example", CreatedUtc = DateTime.UtcNow };
        int At(string part) => Text.IndexOf(part, StringComparison.Ordinal);
        var article = new Article
        {
            Source = source, Url = $"javascript:alert(12)//{Guid.NewGuid():N}", CanonicalUrl = $"https://presse.example/{Guid.NewGuid():N}", Title = Title,
            Author = "<i onmouseover=alert(13)>Auteur</i>", PublishedDate = new DateOnly(2026, 3, 2), ContentType = "text/html", RawContent = Text, Text = Text,
            ContentHash = Guid.NewGuid().ToString("N"), FetchedUtc = DateTime.UtcNow,
        };
        article.Mentions.Add(new Mention { Actor = actor, Start = At("EvilCorp"), Length = "EvilCorp".Length, Surface = "EvilCorp", AnalyzerVersion = "test" });
        article.Quotes.Add(new Quote { Text = QuoteText, SpeakerActor = actor, Start = At(QuoteText), Length = QuoteText.Length, AnalyzerVersion = "test" });
        article.Claims.Add(new Claim { SpeakerActor = actor, Text = ClaimText, Start = At(ClaimText), Length = ClaimText.Length, AnalyzerVersion = "test" });
        var lift = new Event
        {
            Type = "investment", Date = "2026-03", DateStart = new DateOnly(2026, 3, 1), AmountValue = 5_000_000m, AmountCurrency = "EUR",
            Evidence = EventText, EvidenceStart = At(EventText), EvidenceLength = EventText.Length, AnalyzerVersion = "test",
        };
        lift.Actors.Add(new EventActor { Actor = actor, Position = 0 });
        article.Events.Add(lift);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }
}
