using System.Net;
using System.Net.Sockets;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Scraping;
using AiWatch.Core.Tests.Scraping;
using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Hostile;

/// <summary>
/// URLs aimed at the machine itself, the local network or cloud metadata, in every spelling a URL allows, are
/// refused before any connection when private networks are not allowed (the default), redirects included.
/// </summary>
public sealed class PrivateAddressTests : IAsyncLifetime
{
    private LocalWebServer server = null!;

    public async Task InitializeAsync() => server = await LocalWebServer.StartAsync(app =>
    {
        app.MapGet("/robots.txt", () => Results.NotFound());
        app.MapGet("/article", () => Results.Content("<html><body><p>Nvidia a annoncé mardi un accord.</p></body></html>", "text/html"));
        app.MapGet("/vers-prive", (string to) => Results.Redirect(to));
    });

    public async Task DisposeAsync() => await server.DisposeAsync();

    private int Port => new Uri(server.BaseUrl).Port;

    [Theory]
    [InlineData("http://127.0.0.1:{0}/article", "127.0.0.1, loopback")]
    [InlineData("http://localhost:{0}/article", "loopback")]
    [InlineData("http://[::1]:{0}/article", "::1, loopback")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/article", "loopback")]
    [InlineData("http://[0:0:0:0:0:ffff:7f00:1]:{0}/article", "loopback")]
    [InlineData("http://2130706433:{0}/article", "127.0.0.1, loopback")]
    [InlineData("http://0x7f.1:{0}/article", "127.0.0.1, loopback")]
    [InlineData("http://0x7f000001:{0}/article", "127.0.0.1, loopback")]
    [InlineData("http://0177.0.0.1:{0}/article", "127.0.0.1, loopback")]
    [InlineData("http://127.1:{0}/article", "127.0.0.1, loopback")]
    [InlineData("http://0.0.0.0:{0}/article", "0.0.0.0, unspecified")]
    [InlineData("http://10.0.0.1/", "10.0.0.1, private")]
    [InlineData("http://172.16.0.1/", "172.16.0.1, private")]
    [InlineData("http://192.168.1.1/", "192.168.1.1, private")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254, link-local")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/", "fd00:ec2::254, private")]
    [InlineData("http://[fe80::1]/", "fe80::1, link-local")]
    public async Task Non_public_addresses_are_refused_before_connecting(string url, string reason)
    {
        using var fetcher = new TestFetcher(o => o.AllowPrivateNetworks = false);

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(string.Format(url, Port)));

        Assert.Equal(FetchFailure.Refused, error.Kind);
        Assert.StartsWith("refused: ", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Equal(0, server.Hits("/article") + server.Hits("/robots.txt"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/article")]
    [InlineData("http://2130706433:{0}/article")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task A_public_name_redirecting_to_a_private_address_is_refused_at_the_redirect(string target)
    {
        using var http = new HttpClient(PublicNameHandler());
        var options = new FetchOptions { RespectRobotsTxt = false, RetryCount = 0, PerHostInterval = TimeSpan.Zero };
        var fetcher = new HttpFetcher(() => http, options, TimeProvider.System, NullLogger.Instance);
        var to = Uri.EscapeDataString(string.Format(target, Port));

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(new FetchRequest(new Uri($"http://public.test:{Port}/vers-prive?to={to}"))));

        Assert.Equal(FetchFailure.Refused, error.Kind);
        Assert.Equal(1, server.Hits("/vers-prive"));
        Assert.Equal(0, server.Hits("/article"));
    }

    [Fact]
    public async Task A_refused_url_is_a_recorded_failure_and_the_batch_goes_on()
    {
        await using var database = await TempDatabase.CreateWithActorsAsync();
        using var fetcher = new TestFetcher(o => o.AllowPrivateNetworks = false);
        var good = Path.Combine(database.Folder, "a.txt");
        await File.WriteAllTextAsync(good, "Titre\nNvidia a annoncé mardi le rachat d'une start-up française.");

        var results = await HostileIngestion.IngestAsync(database, ["http://169.254.169.254/latest/meta-data/", good], fetcher.Pages);

        Assert.Equal([IngestStatus.Failed, IngestStatus.Ingested], results.Select(r => r.Status));
        Assert.Equal("refused: 169.254.169.254 resolves to a private address (169.254.169.254, link-local); private networks are not fetched", results[0].Error);
        await DatabaseHealth.AssertIntactAsync(database.ConnectionString);
    }

    /// <summary>
    /// The fetching client as registered, except that "public.test" stands for a public site: its DNS answer is
    /// taken as public and the connection goes to the test server. Every other host goes through the real check.
    /// </summary>
    private SocketsHttpHandler PublicNameHandler()
    {
        var handler = FetchingRegistration.CreateHandler(new FetchOptions { AllowPrivateNetworks = false });
        var checkedConnect = handler.ConnectCallback!;
        handler.ConnectCallback = async (context, ct) =>
        {
            if (context.DnsEndPoint.Host != "public.test")
            {
                return await checkedConnect(context, ct);
            }
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        };
        return handler;
    }
}
