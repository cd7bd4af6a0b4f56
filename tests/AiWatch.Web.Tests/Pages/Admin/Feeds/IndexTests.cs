using AiWatch.Core.Model;
using AiWatch.Core.Tests.Feeds;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests.Pages.Admin.Feeds;

public sealed class IndexTests : IAsyncLifetime
{
    private readonly EmptyApplication app = new();
    private FeedTestSite site = null!;

    public async Task InitializeAsync() => site = await FeedTestSite.StartAsync();

    public async Task DisposeAsync()
    {
        app.Dispose();
        await site.DisposeAsync();
    }

    /// <summary>
    /// The one place that makes the client: background polling off (the test polls through the page), fetching
    /// allowed on loopback, where the test site is, without retries. Signing in to /admin, once it is protected, belongs here too.
    /// </summary>
    private HttpClient CreateClient()
    {
        app.Settings["AiWatch:Feeds:Enabled"] = "false";
        app.Settings["AiWatch:Fetch:AllowPrivateNetworks"] = "true";
        app.Settings["AiWatch:Fetch:PerHostInterval"] = "00:00:00";
        app.Settings["AiWatch:Fetch:RetryCount"] = "0";
        return app.CreateClient();
    }

    private static async Task<IDocument> PostFormAsync(HttpClient client, IDocument page, string formSelector, Dictionary<string, string>? fields = null)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form {formSelector}");
        var values = form.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields ?? [])
        {
            values[name] = value;
        }
        var action = form.GetAttribute("action")!;
        // The client follows the redirect after a success, so the body is the page that shows the outcome.
        using var response = await client.PostAsync(action, new FormUrlEncodedContent(values));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {action}: {(int)response.StatusCode}\n{body}");
        return await BrowsingContext.New().OpenAsync(request => request.Content(body).Address(response.RequestMessage!.RequestUri!));
    }

    [Fact]
    public async Task An_empty_list_offers_the_add_form_with_the_default_interval_and_an_antiforgery_token()
    {
        var page = await CreateClient().GetDocumentAsync("/admin/feeds");

        Assert.Equal("Aucun flux pour l’instant.", page.Texts("p.empty").Single());
        Assert.Equal("30", page.QuerySelector("input[name='Add.IntervalMinutes']")!.GetAttribute("value"));
        Assert.NotEmpty(page.QuerySelector("form.feed-add input[name='__RequestVerificationToken']")!.GetAttribute("value")!);
    }

    [Fact]
    public async Task Adding_an_html_page_stores_the_feed_it_announces_and_lists_it()
    {
        var client = CreateClient();

        var page = await PostFormAsync(client, await client.GetDocumentAsync("/admin/feeds"), "form.feed-add",
            new() { ["Add.Url"] = site.BaseUrl + "/page.html", ["Add.IntervalMinutes"] = "20" });

        Assert.StartsWith("Flux n° 1 ajouté : Exemple – Intelligence artificielle.", page.Texts(".notice").Single());
        Assert.Contains(site.FeedUrl + " · toutes les 20 min", page.Texts("#feed-1 .url").Single());
    }

    [Fact]
    public async Task A_url_without_a_feed_is_refused_with_the_reason_next_to_the_field()
    {
        var client = CreateClient();

        var page = await PostFormAsync(client, await client.GetDocumentAsync("/admin/feeds"), "form.feed-add",
            new() { ["Add.Url"] = site.BaseUrl + "/sans-flux.html" });

        Assert.Equal($"Flux refusé : no RSS or Atom feed is linked from the page {site.BaseUrl}/sans-flux.html", page.Texts("span[data-valmsg-for='Add.Url']").Single());
        Assert.Equal(0, await app.WithDbAsync(db => db.Feeds.CountAsync()));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = CreateClient();

        using var response = await client.PostAsync("/admin/feeds?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string> { ["Add.Url"] = site.FeedUrl }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Feeds.CountAsync()));
    }

    [Fact]
    public async Task Poll_now_ingests_items_and_shows_counts_and_failed_items()
    {
        var client = CreateClient();
        await PostFormAsync(client, await client.GetDocumentAsync("/admin/feeds"), "form.feed-add", new() { ["Add.Url"] = site.FeedUrl });

        var page = await PostFormAsync(client, await client.GetDocumentAsync("/admin/feeds"), "#feed-1 form[action*='handler=Poll']");

        Assert.Equal("Flux n° 1 relevé : 2 nouveaux articles, 1 en échec.", page.Texts(".notice").Single());
        Assert.Equal(("3", "1"), (page.Texts("#feed-1 td.items").Single(), page.Texts("#feed-1 td.failed-items").Single()));
        Assert.Equal($"{site.BaseUrl}/ia/retire.html : HTTP 404 Not Found", page.Texts("#feed-1 .failures li").Single());
    }

    [Fact]
    public async Task A_failing_feed_shows_its_last_error_and_can_be_removed()
    {
        var client = CreateClient();
        await PostFormAsync(client, await client.GetDocumentAsync("/admin/feeds"), "form.feed-add", new() { ["Add.Url"] = site.FeedUrl });
        site.FeedFails = true;

        var polled = await PostFormAsync(client, await client.GetDocumentAsync("/admin/feeds"), "#feed-1 form[action*='handler=Poll']");
        var removed = await PostFormAsync(client, polled, "#feed-1 form[action*='handler=Remove']");

        Assert.Equal("Flux n° 1 en échec : HTTP 500 Internal Server Error", polled.Texts(".notice").Single());
        Assert.Equal("HTTP 500 Internal Server Error", polled.Texts("#feed-1 .last-error").Single());
        Assert.Equal("Flux n° 1 supprimé (ses articles restent).", removed.Texts(".notice").Single());
        Assert.Empty(await app.WithDbAsync(db => db.Feeds.ToListAsync()));
    }

    [Fact]
    public async Task Other_paths_stay_read_only()
    {
        using var response = await CreateClient().PostAsync("/articles", new FormUrlEncodedContent([]));

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
