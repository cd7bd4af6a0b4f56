using System.Net;
using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiWatch.Web.Tests.Hosting;

public sealed class SecurityHeadersTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public SecurityHeadersTests(EmptyApplication app) => this.app = app;

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/api/actors", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/actors/nobody", HttpStatusCode.NotFound)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/account/signin", HttpStatusCode.OK)]
    [InlineData("/admin", HttpStatusCode.Redirect)]
    public async Task Every_response_forbids_script_framing_and_sniffing(string url, HttpStatusCode status)
    {
        var response = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssert.HasAll(response);
    }

    [Fact]
    public async Task A_refused_method_has_them()
    {
        var response = await app.CreateClient().PostAsync("/api/actors", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        SecurityHeaderAssert.HasAll(response);
    }

    [Fact]
    public async Task A_server_error_has_them_although_the_exception_handler_clears_the_response()
    {
        using var broken = app.WithBrokenDatabase();

        var response = await broken.CreateClient().GetAsync("/actors");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        SecurityHeaderAssert.HasAll(response);
    }

    [Fact]
    public void The_policy_forbids_script_and_inline_style_and_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).ToHashSet();

        Assert.Contains("script-src 'none'", directives);
        Assert.Contains("style-src 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
    }
}

/// <summary>The four headers every response carries, whatever its status.</summary>
public static class SecurityHeaderAssert
{
    public static void HasAll(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Single(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.TryGetValues(name, out var content) ? content : []);
}
