using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AiWatch.Web.Tests.Hosting;

/// <summary>
/// The app behind a proxy. The test server has no TCP peer, so <see cref="PeerAddress"/> plays the connection's
/// address (X-Test-Peer, else 127.0.0.1, a proxy on the same machine) before the app's pipeline starts.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string PeerHeader = "X-Test-Peer";
    private readonly AiWatchApplication app = new();
    private readonly WebApplicationFactory<Program> proxied;

    public ForwardedHeadersTests()
    {
        app.Settings["AiWatch:Admin:SignInAttemptsPerMinute"] = "2";
        app.Settings["AiWatch:Proxy:KnownProxies:0"] = "10.0.0.5";
        proxied = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerAddress>()));
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[PeerHeader].FirstOrDefault() ?? "127.0.0.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private HttpClient Client() => proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static HttpRequestMessage Request(HttpMethod method, string url, string? peer, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (peer is not null)
        {
            request.Headers.Add(PeerHeader, peer);
        }
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        return request;
    }

    private async Task<string> FeedIdAsync(string? peer)
    {
        using var response = await Client().SendAsync(Request(HttpMethod.Get, "/actors/openai/feed.atom", peer,
            ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "veille.exemple.fr"), ("X-Forwarded-For", "203.0.113.9")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element(XName.Get("id", "http://www.w3.org/2005/Atom"))!.Value;
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("10.0.0.5")]
    public async Task A_trusted_proxy_sets_the_scheme_and_host_of_absolute_links(string proxy)
    {
        Assert.Equal("https://veille.exemple.fr/actors/openai/feed.atom", await FeedIdAsync(proxy));
    }

    [Theory]
    [InlineData("198.51.100.7")]
    [InlineData("10.0.0.6")]
    public async Task Anyone_else_cannot_claim_another_scheme_or_host(string peer)
    {
        Assert.Equal("http://localhost/actors/openai/feed.atom", await FeedIdAsync(peer));
    }

    /// <summary>POSTs the sign-in form as a browser would (its antiforgery cookie and token), from <paramref name="peer"/>.</summary>
    private async Task<HttpResponseMessage> SignInAsync(string peer, string password, params (string Name, string Value)[] headers)
    {
        var client = Client();
        using var form = await client.GetAsync("/account/signin");
        var token = (await Html.ParseAsync(form, "/account/signin")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var request = Request(HttpMethod.Post, "/account/signin", peer, headers);
        request.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = password, ["__RequestVerificationToken"] = token });
        return await client.SendAsync(request);
    }

    private async Task<HttpStatusCode> SignInAttemptAsync(string peer, string forwardedFor) =>
        (await SignInAsync(peer, "pas-le-bon-mot-de-passe", ("X-Forwarded-For", forwardedFor))).StatusCode;

    [Fact]
    public async Task Behind_a_trusted_proxy_each_client_address_has_its_own_sign_in_limit()
    {
        Assert.Equal(HttpStatusCode.OK, await SignInAttemptAsync("127.0.0.1", "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await SignInAttemptAsync("127.0.0.1", "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAttemptAsync("127.0.0.1", "203.0.113.1"));

        Assert.Equal(HttpStatusCode.OK, await SignInAttemptAsync("127.0.0.1", "203.0.113.2"));
    }

    [Fact]
    public async Task A_client_cannot_dodge_the_limit_by_forging_X_Forwarded_For()
    {
        Assert.Equal(HttpStatusCode.OK, await SignInAttemptAsync("198.51.100.8", "203.0.113.11"));
        Assert.Equal(HttpStatusCode.OK, await SignInAttemptAsync("198.51.100.8", "203.0.113.12"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInAttemptAsync("198.51.100.8", "203.0.113.13"));
    }

    [Fact]
    public async Task The_admin_cookie_is_secure_when_the_proxy_speaks_https()
    {
        var response = await SignInAsync("127.0.0.1", AdminClient.Password, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.30"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AiWatch.Admin="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_plain_http_the_cookie_is_not_marked_secure()
    {
        var response = await SignInAsync("127.0.0.1", AdminClient.Password, ("X-Forwarded-For", "203.0.113.31"));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AiWatch.Admin="));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        proxied.Dispose();
        app.Dispose();
    }
}
