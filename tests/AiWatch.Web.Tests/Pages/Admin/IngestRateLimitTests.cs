using System.Net;
using AiWatch.Core.Scraping;
using AiWatch.Web.Hosting;
using AiWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AiWatch.Web.Tests.Pages.Admin;

/// <summary>Its own app: the limit is per admin, and every test client signs in as the same one.</summary>
public sealed class IngestRateLimitTests : IDisposable
{
    private readonly EmptyApplication app = new();
    private readonly WebApplicationFactory<Program> counted;
    private int fetches;

    public IngestRateLimitTests()
    {
        app.Settings["AiWatch:Admin:IngestionRequestsPerMinute"] = "2";
        counted = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IHttpFetcher>(new CountingFetcher(this))));
    }

    /// <summary>Counts what reaches the network and answers like a server that is down.</summary>
    private sealed class CountingFetcher(IngestRateLimitTests test) : IHttpFetcher
    {
        public Task<FetchResponse> GetAsync(FetchRequest request, CancellationToken ct = default)
        {
            Interlocked.Increment(ref test.fetches);
            throw new FetchException("HTTP 503 Service Unavailable") { Kind = FetchFailure.HttpStatus, StatusCode = 503 };
        }
    }

    private static Task<HttpResponseMessage> IngestAsync(HttpClient client, int n) =>
        client.SubmitFormAsync("/admin/ingest", new Dictionary<string, string> { ["Address"] = $"https://presse.example/article-{n}" });

    [Fact]
    public async Task Past_the_limit_an_ingestion_gets_a_429_page_in_french_and_fetches_nothing()
    {
        var client = await counted.CreateAdminClientAsync();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await IngestAsync(client, i)).StatusCode);
        }

        var response = await IngestAsync(client, 2);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(RateLimits.RetryAfterSeconds.ToString(), Assert.Single(response.Headers.GetValues("Retry-After")));
        SecurityHeaderAssert.HasAll(response);
        var page = await Html.ParseAsync(response, "/admin/ingest", HttpStatusCode.TooManyRequests);
        Assert.Equal("Trop de demandes", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Patientez une minute", page.QuerySelector("main")?.TextContent);
        Assert.Equal(2, fetches);
        // Showing the form is not an ingestion.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/ingest")).StatusCode);
    }

    [Fact]
    public async Task Feed_actions_share_the_budget_of_the_admin_whatever_the_client()
    {
        var first = await counted.CreateAdminClientAsync();
        var second = await counted.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await IngestAsync(first, 0)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await IngestAsync(second, 1)).StatusCode);

        var poll = await second.SubmitFormAsync("/admin/feeds", new Dictionary<string, string> { ["Add.Url"] = "https://presse.example/flux.xml" },
            formSelector: "main form.feed-add");

        Assert.Equal(HttpStatusCode.TooManyRequests, poll.StatusCode);
        Assert.Contains("Trop de demandes", await poll.Content.ReadAsStringAsync());
        Assert.Equal(2, fetches);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void The_limit_is_validated(int perMinute)
    {
        var result = new AdminOptionsValidator().Validate(null, new AdminOptions { IngestionRequestsPerMinute = perMinute });

        Assert.Contains("AiWatch:Admin:IngestionRequestsPerMinute", result.FailureMessage);
    }

    [Fact]
    public void The_default_is_ten_a_minute()
    {
        Assert.Equal(10, new AdminOptions().IngestionRequestsPerMinute);
    }

    public void Dispose()
    {
        counted.Dispose();
        app.Dispose();
    }
}
