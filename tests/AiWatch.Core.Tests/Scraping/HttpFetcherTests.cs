using AiWatch.Core.Scraping;
using AiWatch.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiWatch.Core.Tests.Scraping;

public sealed class HttpFetcherTests : IAsyncLifetime
{
    private FetchTestSite site = null!;

    public async Task InitializeAsync() => site = await FetchTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Five_redirects_are_followed_to_the_final_url()
    {
        using var fetcher = new TestFetcher();

        var response = await fetcher.GetAsync(site.Url("/redirect/5"));

        Assert.Equal(site.Url("/redirect/0"), response.FinalUrl.AbsoluteUri);
        Assert.Contains("Élysée", System.Text.Encoding.UTF8.GetString(response.Body));
    }

    [Theory]
    [InlineData("/redirect/6", "too many redirects (more than 5)")]
    [InlineData("/loop/a", "redirect loop at {0}/loop/a")]
    [InlineData("/to-ftp", "redirect to a ftp: URL refused (only http and https URLs can be fetched)")]
    [InlineData("/to-file", "redirect to a file: URL refused (only http and https URLs can be fetched)")]
    public async Task Bad_redirects_are_refused(string path, string reason)
    {
        using var fetcher = new TestFetcher();

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url(path)));

        Assert.Equal(string.Format(reason, site.BaseUrl), error.Message);
    }

    [Fact]
    public async Task A_redirect_into_a_path_robots_txt_disallows_is_refused()
    {
        site.Robots = "User-agent: *\nDisallow: /prive/";
        using var fetcher = new TestFetcher();

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/to-prive")));

        Assert.Equal(("disallowed by robots.txt", FetchFailure.Disallowed), (error.Message, error.Kind));
        Assert.Equal(0, site.Hits("/prive/article"));
    }

    [Theory]
    [InlineData("/huge")]
    [InlineData("/huge-chunked")]
    [InlineData("/gzip-bomb")]
    public async Task A_body_over_the_cap_is_refused_whatever_its_content_length_says(string path)
    {
        using var fetcher = new TestFetcher(o => o.MaxBodyBytes = 1024);

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url(path)));

        Assert.Equal(("body larger than 1024 bytes", FetchFailure.TooLarge), (error.Message, error.Kind));
    }

    [Fact]
    public async Task A_body_slower_than_the_total_timeout_is_retried_then_a_timeout()
    {
        using var fetcher = new TestFetcher(o => (o.TotalTimeout, o.RetryCount) = (TimeSpan.FromSeconds(1), 1));

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/slow")));

        Assert.Equal(("timed out (after 2 attempts)", FetchFailure.Timeout), (error.Message, error.Kind));
        Assert.Equal(2, site.Hits("/slow"));
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        using var fetcher = new TestFetcher();

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/missing")));

        Assert.Equal(("HTTP 404 Not Found", 404), (error.Message, error.StatusCode));
        Assert.Equal(1, site.Hits("/missing"));
    }

    [Fact]
    public async Task A_500_then_a_200_is_retried_into_a_page()
    {
        using var fetcher = new TestFetcher();

        var response = await fetcher.GetAsync(site.Url("/flaky"));

        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.Equal(2, site.Hits("/flaky"));
    }

    [Fact]
    public async Task A_503_every_time_ends_with_the_status_and_the_attempt_count()
    {
        using var fetcher = new TestFetcher();

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/down")));

        Assert.Equal(("HTTP 503 Service Unavailable (after 3 attempts)", FetchFailure.HttpStatus, 503), (error.Message, error.Kind, error.StatusCode));
        Assert.Equal(3, site.Hits("/down"));
    }

    [Fact]
    public async Task A_429_with_a_short_retry_after_is_retried()
    {
        using var fetcher = new TestFetcher();

        await fetcher.GetAsync(site.Url("/busy"));

        Assert.Equal(2, site.Hits("/busy"));
    }

    [Fact]
    public async Task A_429_asking_for_an_hour_is_not_waited_for()
    {
        using var fetcher = new TestFetcher();

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(site.Url("/busy-long")));

        Assert.Equal("HTTP 429 Too Many Requests (retry after 3600 s)", error.Message);
        Assert.Equal(1, site.Hits("/busy-long"));
    }

    [Theory]
    [InlineData("/gzip")]
    [InlineData("/brotli")]
    public async Task Compressed_bodies_are_decompressed(string path)
    {
        using var fetcher = new TestFetcher();

        var document = await fetcher.Pages.FetchAsync(site.Url(path));

        Assert.Contains("à l’Élysée", document.Content);
    }

    [Theory]
    [InlineData("/charset/meta-only")]
    [InlineData("/charset/wrong-header")]
    [InlineData("/charset/unknown-label")]
    [InlineData("/charset/no-content-type")]
    public async Task Missing_or_wrong_charsets_still_decode_french_accents(string path)
    {
        using var fetcher = new TestFetcher();

        var document = await fetcher.Pages.FetchAsync(site.Url(path));

        Assert.Contains("à l’Élysée", document.Content.Replace("l'", "l’"));
        Assert.Contains("président", document.Content);
    }

    [Fact]
    public async Task An_etag_makes_the_request_conditional_and_a_304_is_not_modified()
    {
        using var fetcher = new TestFetcher();

        var first = await fetcher.GetAsync(site.Url("/etag"));
        var second = await fetcher.GetAsync(site.Url("/etag"), etag: first.ETag);

        Assert.Equal((false, FetchTestSite.ETag), (first.NotModified, first.ETag));
        Assert.Equal((true, FetchTestSite.ETag, 0), (second.NotModified, second.ETag, second.Body.Length));
    }

    [Fact]
    public async Task A_last_modified_date_makes_the_request_conditional_and_is_kept_on_a_304()
    {
        using var fetcher = new TestFetcher();

        var first = await fetcher.GetAsync(site.Url("/lastmod"));
        var second = await fetcher.GetAsync(site.Url("/lastmod"), lastModified: first.LastModified);

        Assert.Equal((false, FetchTestSite.LastModified), (first.NotModified, first.LastModified));
        Assert.Equal((true, FetchTestSite.LastModified), (second.NotModified, second.LastModified));
    }

    [Fact]
    public async Task Requests_carry_the_configured_user_agent()
    {
        using var fetcher = new TestFetcher();

        var response = await fetcher.GetAsync(site.Url("/ua"));

        Assert.Equal(FetchOptions.DefaultUserAgent, System.Text.Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public async Task Registering_twice_keeps_one_client_set_up_and_adds_the_settings()
    {
        using var services = new ServiceCollection()
            .AddAiWatchFetching(o => o.AllowPrivateNetworks = true)
            .AddAiWatchFetching(o => o.PerHostInterval = TimeSpan.Zero)
            .BuildServiceProvider();

        var response = await services.GetRequiredService<IHttpFetcher>().GetAsync(new FetchRequest(new Uri(site.Url("/ua"))));

        Assert.Equal(FetchOptions.DefaultUserAgent, System.Text.Encoding.UTF8.GetString(response.Body));
        Assert.Equal(TimeSpan.Zero, services.GetRequiredService<IOptions<FetchOptions>>().Value.PerHostInterval);
    }

    [Theory]
    [InlineData("{0}/article", "127.0.0.1")]
    [InlineData("http://localhost:{1}/article", "localhost")]
    public async Task A_loopback_host_is_refused_before_anything_is_sent(string url, string host)
    {
        using var fetcher = new TestFetcher(o => o.AllowPrivateNetworks = false);

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(string.Format(url, site.BaseUrl, new Uri(site.BaseUrl).Port)));

        Assert.Equal(FetchFailure.Refused, error.Kind);
        Assert.StartsWith($"refused: {host} resolves to a private address (", error.Message);
        Assert.EndsWith(", loopback); private networks are not fetched", error.Message);
        Assert.Equal((0, 0), (site.Hits("/robots.txt"), site.Hits("/article")));
    }

    [Theory]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/article")]
    [InlineData("http://[::1]:{0}/article")]
    [InlineData("http://0.0.0.0:{0}/article")]
    public async Task Loopback_in_other_spellings_is_refused(string url)
    {
        using var fetcher = new TestFetcher(o => o.AllowPrivateNetworks = false);

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(string.Format(url, new Uri(site.BaseUrl).Port)));

        Assert.Equal(FetchFailure.Refused, error.Kind);
        Assert.Matches(@"^refused: \S+ resolves to a private address \(\S+, (loopback|unspecified)\); private networks are not fetched$", error.Message);
    }

    [Fact]
    public async Task Each_request_and_retry_is_logged_with_stable_names()
    {
        var log = new ListLogger();
        using var fetcher = new TestFetcher(logger: log);

        await fetcher.GetAsync(site.Url("/flaky"));

        var fetched = log.Entries.Where(e => e.Template == "Fetched {Url}: {StatusCode} in {ElapsedMs} ms (attempt {Attempt})").ToList();
        Assert.Equal([(404, 1), (500, 1), (200, 2)], fetched.Select(e => ((int)e.Properties["StatusCode"]!, (int)e.Properties["Attempt"]!)));
        Assert.Equal(site.Url("/flaky"), fetched[^1].Properties["Url"]);
        var retry = Assert.Single(log.Entries, e => e.Template == "Retrying {Url} after {Outcome}: attempt {Attempt} in {DelayMs} ms");
        Assert.Equal((LogLevel.Warning, site.Url("/flaky"), 2), (retry.Level, retry.Properties["Url"], (int)retry.Properties["Attempt"]!));
    }
}
