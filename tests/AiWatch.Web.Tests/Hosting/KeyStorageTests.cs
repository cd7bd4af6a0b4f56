using System.Net;
using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiWatch.Web.Tests.Hosting;

public sealed class KeyStorageTests
{
    [Theory]
    [InlineData("Data Source=/srv/aiwatch/aiwatch.db", "/srv/aiwatch/keys")]
    [InlineData("Data Source=:memory:", null)]
    [InlineData("Data Source=partage;Mode=Memory;Cache=Shared", null)]
    public void Keys_live_beside_the_database_file(string connectionString, string? folder)
    {
        Assert.Equal(folder, KeyStorage.KeysFolder(connectionString));
    }

    [Fact]
    public async Task A_sign_in_outlives_a_restart_on_the_same_database()
    {
        using var first = new AiWatchApplication();
        var adminCookie = await SignInCookieAsync(first);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(first.DatabasePath)!, KeyStorage.FolderName), "key-*.xml"));

        using var second = new AiWatchApplication(first.DatabasePath);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", adminCookie);
        using var response = await second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Signs in by hand (no cookie container) and returns the admin cookie as a Cookie header value.</summary>
    private static async Task<string> SignInCookieAsync(AiWatchApplication app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var form = await client.GetAsync(AdminAuthentication.SignInPath);
        var antiforgery = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var page = await Html.ParseAsync(form, AdminAuthentication.SignInPath);
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using var post = new HttpRequestMessage(HttpMethod.Post, AdminAuthentication.SignInPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Password"] = AdminClient.Password }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(AdminAuthentication.CookieName + "=", StringComparison.Ordinal));
    }
}
