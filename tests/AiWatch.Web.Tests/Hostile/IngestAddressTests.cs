using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using AiWatch.Web.Pages.Admin;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests.Hostile;

/// <summary>
/// "Ingest a URL" is a request the server makes on the admin's behalf: it must never reach the machine itself, the
/// local network or the cloud metadata service. The app runs as in production here (AiWatch:Fetch:AllowPrivateNetworks
/// false); a real server on 127.0.0.1 shows that nothing was even asked of it.
/// </summary>
public sealed class IngestAddressTests : IClassFixture<EmptyApplication>, IAsyncLifetime
{
    private const string Article = "<html lang=\"fr\"><head><title>Secret</title></head><body><article><p>Le mot de passe du routeur est admin.</p></article></body></html>";
    private readonly EmptyApplication app;
    private LocalWebServer server = null!;

    public IngestAddressTests(EmptyApplication app) => this.app = app;

    public async Task InitializeAsync() => server = await LocalWebServer.StartAsync(web => web.MapFallback(() => Results.Content(Article, "text/html; charset=utf-8")));

    public async Task DisposeAsync() => await server.DisposeAsync();

    private int Port => new Uri(server.BaseUrl).Port;

    public static TheoryData<string> PrivateAddresses() =>
    [
        "http://127.0.0.1:{port}/article", "http://localhost:{port}/article", "http://[::1]:{port}/article", "http://[::ffff:127.0.0.1]:{port}/article",
        "http://127.1:{port}/article", "http://2130706433:{port}/article", "http://0.0.0.0:{port}/article",
        "http://10.0.0.1/intranet", "http://192.168.1.1/admin", "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/", "http://[fd00::1]/",
    ];

    [Theory]
    [MemberData(nameof(PrivateAddresses))]
    public async Task Private_addresses_are_refused_in_french_recorded_and_never_fetched(string template)
    {
        var url = template.Replace("{port}", Port.ToString());
        var client = await app.CreateAdminClientAsync();

        var response = await client.SubmitFormAsync("/admin/ingest", new Dictionary<string, string> { ["Address"] = url });

        var page = await Html.ParseAsync(response, "/admin/ingest");
        Assert.Contains("adresse refusée", page.Alert()?.TextContent);
        Assert.Contains("rien n’a été récupéré", page.Alert()?.TextContent);
        Assert.Equal(0, server.Hits("/article") + server.Hits("/robots.txt"));
        var failure = await app.WithDbAsync(db => db.IngestionFailures.OrderBy(f => f.Id).LastAsync());
        Assert.Equal(Ingest.RefusedAddress, failure.Reason);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == "Secret")));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("gopher://127.0.0.1:6379/_INFO")]
    [InlineData("//127.0.0.1/article")]
    public async Task Other_schemes_are_refused_before_anything_is_tried(string address)
    {
        var client = await app.CreateAdminClientAsync();
        var failuresBefore = await app.WithDbAsync(db => db.IngestionFailures.CountAsync());

        var response = await client.SubmitFormAsync("/admin/ingest", new Dictionary<string, string> { ["Address"] = address });

        var page = await Html.ParseAsync(response, "/admin/ingest");
        Assert.Equal("Indiquez une adresse complète commençant par http:// ou https://.", page.Alert()?.TextContent);
        Assert.Equal(failuresBefore, await app.WithDbAsync(db => db.IngestionFailures.CountAsync()));
        Assert.Equal(0, server.Hits("/article"));
    }
}
