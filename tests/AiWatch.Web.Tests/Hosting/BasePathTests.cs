using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiWatch.Web.Tests.Hosting;

/// <summary>The app under AiWatch:BasePath, as behind a proxy that passes "/aiwatch/…" on unchanged.</summary>
public sealed class BasePathApplication : IAsyncLifetime, IDisposable
{
    public const string BasePath = "/aiwatch";

    public SampleApplication App { get; } = new();

    public async Task InitializeAsync()
    {
        App.Settings["AiWatch:BasePath"] = BasePath;
        await ((IAsyncLifetime)App).InitializeAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => App.Dispose();
}

public sealed class BasePathTests : IClassFixture<BasePathApplication>
{
    private const string Base = BasePathApplication.BasePath;
    private const int MaxPages = 400;
    private readonly SampleApplication app;

    public BasePathTests(BasePathApplication fixture) => app = fixture.App;

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<HttpClient> AdminAsync()
    {
        var client = Client();
        var response = await client.SubmitFormAsync($"{Base}/account/signin", new Dictionary<string, string> { ["Password"] = AdminClient.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Base}/admin", response.Location());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AiWatch.Admin="));
        Assert.Contains($"path={Base}", cookie, StringComparison.OrdinalIgnoreCase);
        return client;
    }

    /// <summary>
    /// Follows every link, form action, stylesheet and icon from the dashboard (and, signed in, from the admin
    /// pages): each must point under the base path and answer 200. Sign-out is left out so the crawl stays signed in.
    /// </summary>
    [Fact]
    public async Task Every_link_form_and_asset_stays_under_the_base_path_and_answers()
    {
        var client = await AdminAsync();
        var queue = new Queue<string>([$"{Base}/", $"{Base}/admin"]);
        var seen = new HashSet<string>(queue);
        var problems = new List<string>();
        while (queue.Count > 0 && seen.Count < MaxPages)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = await Html.ParseAsync(response, url);
            foreach (var target in LocalTargets(page))
            {
                if (!target.StartsWith(Base + "/", StringComparison.Ordinal) && target != Base)
                {
                    problems.Add($"{url} links to {target}, outside {Base}");
                }
                else if (!target.Contains("signout", StringComparison.OrdinalIgnoreCase) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The crawl did reach the pages a reader and the admin use.
        foreach (var expected in new[] { "/articles", "/actors/elon-musk", "/timeline", "/disputes", "/search", "/admin/ingest", "/admin/feeds", "/css/" })
        {
            Assert.Contains(seen, u => u.StartsWith(Base + expected, StringComparison.Ordinal));
        }
    }

    /// <summary>Targets inside the app of links, forms (GET ones: the crawl does not post), stylesheets and icons, fragments dropped.</summary>
    private static IEnumerable<string> LocalTargets(IDocument page)
    {
        var targets = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!))
            .Concat(page.QuerySelectorAll("form[action]").Select(e => e.GetAttribute("action")!))
            .Concat(page.QuerySelectorAll("svg a").Select(e => e.GetAttribute("href") ?? e.GetAttribute("xlink:href") ?? ""));
        foreach (var target in targets)
        {
            var path = target.Split('#')[0];
            // Fragments stay on the page and absolute http(s) links leave the app (the original of an article); anything
            // else, "~/x" a helper forgot to resolve included, is returned to fail the base-path check.
            if (path.Length > 0 && !path.StartsWith("http://", StringComparison.Ordinal) && !path.StartsWith("https://", StringComparison.Ordinal))
            {
                yield return path;
            }
        }
    }

    [Fact]
    public async Task Atom_feeds_link_under_the_base_path()
    {
        var xml = XDocument.Parse(await Client().GetStringAsync($"{Base}/actors/elon-musk/feed.atom"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = xml.Descendants(atom + "link").Select(l => l.Attribute("href")!.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith($"http://localhost{Base}/", link));
        Assert.Equal($"http://localhost{Base}/actors/elon-musk/feed.atom", xml.Root!.Element(atom + "id")!.Value);
    }

    [Theory]
    [InlineData("/timeline?format=csv")]
    [InlineData("/search?q=openai&format=csv")]
    [InlineData("/actors/elon-musk/events.csv")]
    [InlineData("/actors/elon-musk/quotes.csv")]
    public async Task Csv_downloads_link_under_the_base_path(string url)
    {
        var lines = await Client().GetCsvLinesAsync(Base + url);

        var links = lines[1..].Select(line => line[(line.LastIndexOf(',') + 1)..]).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith($"http://localhost{Base}/articles/", link));
    }

    [Theory]
    [InlineData("/api/quotes")]
    [InlineData("/api/claims")]
    [InlineData("/api/events")]
    [InlineData("/api/search?q=musk")]
    public async Task Api_links_carry_the_base_path(string url)
    {
        using var json = JsonDocument.Parse(await Client().GetStringAsync(Base + url));

        var links = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("link").GetString()!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith($"{Base}/articles/", link));
    }

    [Fact]
    public async Task A_visitor_is_sent_to_the_sign_in_page_under_the_base_path()
    {
        var response = await Client().GetAsync($"{Base}/admin/ingest");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Base}/account/signin?ReturnUrl={Uri.EscapeDataString($"{Base}/admin/ingest")}", response.Location()?.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task Error_pages_link_under_the_base_path()
    {
        var page = await Client().GetDocumentAsync($"{Base}/no-such-page", HttpStatusCode.NotFound);

        Assert.All(page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!), href => Assert.StartsWith(Base + "/", href));
    }
}
