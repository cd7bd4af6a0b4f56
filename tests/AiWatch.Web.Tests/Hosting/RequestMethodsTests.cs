using System.Net;

namespace AiWatch.Web.Tests.Hosting;

public sealed class RequestMethodsTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public RequestMethodsTests(EmptyApplication app) => this.app = app;

    [Theory]
    [InlineData("POST", "/healthz")]
    [InlineData("POST", "/actors")]
    [InlineData("POST", "/no-such-page")]
    [InlineData("PUT", "/api/articles")]
    [InlineData("POST", "/api/articles")]
    [InlineData("DELETE", "/api/actors/openai")]
    public async Task Writing_to_anything_but_a_form_is_a_405(string method, string url)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("PUT", "/account/signin")]
    [InlineData("DELETE", "/admin/ingest")]
    public async Task A_form_page_takes_post_but_no_other_write(string method, string url)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/account/signout")]
    public async Task A_post_without_its_antiforgery_token_is_refused_with_400(string url)
    {
        var client = app.CreateClient();

        var response = await client.PostFieldsAsync(url, new Dictionary<string, string> { ["Password"] = AdminClient.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Requête invalide", await response.Content.ReadAsStringAsync());
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task An_admin_post_without_its_token_is_refused_even_when_signed_in()
    {
        var client = await app.CreateAdminClientAsync();

        var response = await client.PostFieldsAsync("/admin/actors/new", new Dictionary<string, string> { ["Input.Name"] = "Sans Jeton" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Actors.Any(a => a.Name == "Sans Jeton"))));
    }
}
