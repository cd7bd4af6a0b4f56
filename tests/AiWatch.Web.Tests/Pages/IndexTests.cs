using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Index = AiWatch.Web.Pages.Index;

namespace AiWatch.Web.Tests.Pages;

public sealed class IndexTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public IndexTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Dashboard_shows_counts_latest_articles_top_actors_and_latest_events()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Tableau de bord", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(page.Texts(".stats li"), t => t.EndsWith("événements") && !t.StartsWith("0"));
        Assert.Contains($"/articles/{app.Sample.ArticleId}", page.Hrefs("#latest-articles ~ ul a"));
        Assert.Contains("/actors/openai", page.Hrefs("#top-actors ~ ol a"));
        Assert.Contains($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.BidSentence}", page.Hrefs("#latest-events ~ ul blockquote a"));
    }

    [Fact]
    public async Task Layout_has_landmarks_skip_link_and_current_section()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("main#contenu"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal("#contenu", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.Equal("/", page.QuerySelector("nav a[aria-current=page]")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("label[for=header-q]"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task French_text_is_written_as_is_and_markup_still_encoded()
    {
        var html = await app.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("<b>événement</b>"));

        Assert.Contains("événement", html);
        Assert.DoesNotContain("&#xE9;", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Theory]
    [InlineData("stylesheet", ".sentence:target")]
    [InlineData("icon", "<svg")]
    public async Task Linked_assets_are_served(string rel, string expected)
    {
        var client = app.CreateClient();
        var page = await client.GetDocumentAsync("/");
        var href = page.QuerySelector($"link[rel={rel}]")?.GetAttribute("href");
        Assert.NotNull(href);

        var asset = await client.GetAsync(href);

        Assert.Equal(System.Net.HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains(expected, await asset.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dashboard_shows_disputes_sparklines_quotes_and_recent_failures()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.Contains(page.Texts(".stats li"), t => t.EndsWith("conflits") && !t.StartsWith("0"));
        Assert.Contains($"/disputes/{SampleData.DisputeSlug}", page.Hrefs("#active-disputes ~ ul a"));
        var sparkline = page.QuerySelector("#top-actors ~ ol svg.sparkline")!;
        Assert.Contains("par semaine", sparkline.GetAttribute("aria-label"));
        Assert.NotNull(sparkline.QuerySelector("title"));
        Assert.Equal(Index.SparklineWeeks, sparkline.QuerySelector("polyline")!.GetAttribute("points")!.Split(' ').Length);
        Assert.Contains($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.QuoteSentence}", page.Hrefs("#latest-quotes ~ ul blockquote a"));
        Assert.Equal("#ingestion-failures", page.QuerySelector(".notice a")?.GetAttribute("href"));
        Assert.Contains(SampleData.FailedInput, page.Texts("#ingestion-failures ~ ul li .url"));
    }

    [Fact]
    public async Task The_weeks_events_are_those_of_the_last_seven_days_when_there_are_some()
    {
        using var inMay = new ClockedApplication(new DateTimeOffset(2025, 5, 5, 12, 0, 0, TimeSpan.Zero));
        var sample = await inMay.WithDbAsync(SampleData.InsertAsync);

        var page = await inMay.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Les événements de la semaine", page.QuerySelector("#latest-events")?.TextContent);
        Assert.Contains($"/articles/{sample.LawsuitArticleIds[0]}#sentence-0", page.Hrefs("#latest-events ~ ul blockquote a"));
        Assert.DoesNotContain($"/articles/{sample.ArticleId}#sentence-{SampleData.InvestmentSentence}", page.Hrefs("#latest-events ~ ul blockquote a"));
    }

    /// <summary>The app with a clock stopped at a given instant, so "this week" is known.</summary>
    private sealed class ClockedApplication(DateTimeOffset now) : AiWatchApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(now)));
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
