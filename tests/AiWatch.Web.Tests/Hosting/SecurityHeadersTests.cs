using AiWatch.Web.Hosting;

namespace AiWatch.Web.Tests.Hosting;

public sealed class SecurityHeadersTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public SecurityHeadersTests(EmptyApplication app) => this.app = app;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/actors")]
    [InlineData("/actors/nobody")]
    [InlineData("/account/signin")]
    [InlineData("/admin")]
    public async Task Every_response_forbids_script_framing_and_sniffing(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
