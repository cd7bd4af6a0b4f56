namespace AiWatch.Web.Tests.Pages;

/// <summary>Every main route, signed out and in, passes <see cref="HtmlValidity"/>; and the checker does catch what it claims to.</summary>
public sealed class HtmlValidityTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public HtmlValidityTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Every_public_route_is_valid()
    {
        var client = app.CreateClient();
        var urls = new[]
        {
            "/", "/articles", $"/articles/{app.Sample.ArticleId}", "/actors", "/actors/elon-musk", "/timeline",
            "/search?q=openai", "/search?q=%22Elon+Musk%22", "/search", "/account/signin", "/account/signout", "/no-such-page",
        };
        foreach (var url in urls)
        {
            await client.GetDocumentAsync(url, url == "/no-such-page" ? System.Net.HttpStatusCode.NotFound : System.Net.HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Every_admin_route_is_valid()
    {
        var client = await app.CreateAdminClientAsync();

        foreach (var url in new[] { "/admin", "/admin/ingest", "/admin/actors/new", "/admin/actors/elon-musk/edit", "/" })
        {
            await client.GetDocumentAsync(url);
        }
        await Html.ParseAsync(await client.SubmitFormAsync("/admin/actors/new", new Dictionary<string, string> { ["Input.Name"] = "" }), "/admin/actors/new");
    }

    [Theory]
    [InlineData("<main><div></main>", "parse error")]
    [InlineData("<main></main><main></main>", "2 <main> elements")]
    [InlineData("<main><p id=x></p><p id=x></p></main>", "id \"x\" used 2 times")]
    [InlineData("<main><input name=q></main>", "<input name=\"q\"> has no label")]
    [InlineData("<main><label for=q>Q</label><textarea id=r name=r></textarea></main>", "<label for=\"q\"> names no element")]
    [InlineData("<main><select name=s aria-describedby=aide></select></main>", "missing id \"aide\"")]
    [InlineData("<main><script>alert(1)</script></main>", "<script> element")]
    [InlineData("<main><style>p{}</style></main>", "<style> element")]
    [InlineData("<main><img src=x alt='' onerror=alert(1)></main>", "event handler onerror on <img>")]
    [InlineData("<main><svg><a onclick=alert(1)><text>t</text></a></svg></main>", "event handler onclick on <a>")]
    [InlineData("<main><p style=\"color:red\">p</p></main>", "inline style on <p>")]
    [InlineData("<main><a href=\" JavaScript:alert(1)\">a</a></main>", "script URL in href of <a>")]
    [InlineData("<main><form action=\"javascript:alert(1)\"></form></main>", "script URL in action of <form>")]
    public void The_checker_reports_each_kind_of_problem(string body, string expected)
    {
        var problems = HtmlValidity.Problems($"<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body>{body}</body></html>");

        Assert.Contains(problems, p => p.Contains(expected));
    }

    [Fact]
    public void A_page_without_lang_fr_is_reported_and_a_clean_one_passes()
    {
        Assert.Contains("<html> has no lang=\"fr\"", HtmlValidity.Problems("<!DOCTYPE html><html><head><title>t</title></head><body><main></main></body></html>"));
        Assert.Empty(HtmlValidity.Problems("<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body><main><label>Q <input name=q></label><input type=hidden name=h></main></body></html>"));
    }
}
