using AiWatch.Core.Model;

namespace AiWatch.Web.Tests.Pages.Admin;

public sealed class IndexTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public IndexTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Lists_recent_ingestion_failures_with_their_reason_newest_first()
    {
        await app.WithDbAsync(async db =>
        {
            db.IngestionFailures.Add(new IngestionFailure { Input = "https://exemple.fr/ancien", Reason = "HTTP 404 Not Found", OccurredUtc = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc) });
            db.IngestionFailures.Add(new IngestionFailure { Input = "https://exemple.fr/recent", Reason = "timed out", OccurredUtc = new DateTime(2026, 1, 2, 9, 30, 0, DateTimeKind.Utc) });
            return await db.SaveChangesAsync();
        });
        var client = await app.CreateAdminClientAsync();

        var page = await client.GetDocumentAsync("/admin");

        var rows = page.QuerySelectorAll("section[aria-labelledby=failures] tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim())))
            .Where(r => r.Contains("| https://exemple.fr/")).ToList();
        Assert.Equal(["2026-01-02 09:30 | https://exemple.fr/recent | timed out", "2026-01-01 08:00 | https://exemple.fr/ancien | HTTP 404 Not Found"], rows);
    }

    [Fact]
    public async Task Links_to_the_admin_actions_and_to_each_actor_s_edit_form()
    {
        var client = await app.CreateAdminClientAsync();

        var page = await client.GetDocumentAsync("/admin");

        Assert.Equal(["/admin/ingest", "/admin/actors/new", "/admin/feeds"], page.Hrefs(".admin-actions a"));
        Assert.Contains("/admin/actors/elon-musk/edit", page.Hrefs("section[aria-labelledby=actors] td a"));
        Assert.Contains("aiwatch reanalyze", page.QuerySelector("section[aria-labelledby=actors] .help")?.TextContent);
        var names = page.Texts("section[aria-labelledby=actors] tbody th").ToList();
        Assert.True(names.IndexOf("Masayoshi Son") < names.IndexOf("MGX") && names.IndexOf("Tesla") < names.IndexOf("xAI"), string.Join(", ", names));
    }
}
