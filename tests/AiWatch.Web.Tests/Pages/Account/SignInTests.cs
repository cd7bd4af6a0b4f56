using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiWatch.Web.Tests.Pages.Account;

public sealed class SignInTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public SignInTests(EmptyApplication app) => this.app = app;

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/ingest")]
    [InlineData("/admin/actors/new")]
    [InlineData("/admin/actors/openai/edit")]
    public async Task Admin_pages_send_a_visitor_to_the_sign_in_page(string url)
    {
        var response = await NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/signin?ReturnUrl={Uri.EscapeDataString(url)}", response.Location()?.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task The_form_labels_its_field_and_keeps_the_return_url()
    {
        var page = await NewClient().GetDocumentAsync("/account/signin?ReturnUrl=%2Fadmin%2Fingest");

        Assert.Equal("Mot de passe", page.QuerySelector("label[for=password]")?.TextContent);
        Assert.Equal("password", page.QuerySelector("#password")?.GetAttribute("type"));
        Assert.Equal("/admin/ingest", page.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("main form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_signs_nobody_in()
    {
        var client = NewClient();

        var response = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string> { ["Password"] = "pas-le-bon-mot-de-passe" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mot de passe incorrect.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [InlineData("/admin/ingest", "/admin/ingest")]
    [InlineData("", "/admin")]
    [InlineData("https://ailleurs.example/piege", "/admin")]
    [InlineData("//ailleurs.example/piege", "/admin")]
    public async Task The_right_password_goes_back_only_to_a_local_page(string returnUrl, string expected)
    {
        var client = NewClient();

        var response = await client.SubmitFormAsync("/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl),
            new Dictionary<string, string> { ["Password"] = AdminClient.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_cookie_is_http_only_and_strict()
    {
        var client = NewClient();

        var response = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string> { ["Password"] = AdminClient.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AiWatch.Admin="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Signing_out_closes_the_admin_pages_again()
    {
        var client = await app.CreateAdminClientAsync();
        var home = await client.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector("footer form button"));

        var response = await client.SubmitFormAsync("/", new Dictionary<string, string>(), formSelector: "footer form[method=post]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal("Connexion", (await client.GetDocumentAsync("/")).QuerySelector("footer a[href='/account/signin']")?.TextContent);
    }
}

/// <summary>Its own app: the limit is per address, and every test client shares one.</summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private readonly EmptyApplication app = new();

    public SignInRateLimitTests() => app.Settings["AiWatch:Admin:SignInAttemptsPerMinute"] = "3";

    [Fact]
    public async Task Too_many_attempts_in_a_minute_get_a_429_page_even_with_the_right_password()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            var wrong = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string> { ["Password"] = $"mauvais-{i}" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var response = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string> { ["Password"] = AdminClient.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("60", Assert.Single(response.Headers.GetValues("Retry-After")));
        Assert.Contains("Trop de tentatives", await response.Content.ReadAsStringAsync());
        // Showing the form is not an attempt.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/signin")).StatusCode);
    }

    public void Dispose() => app.Dispose();
}
