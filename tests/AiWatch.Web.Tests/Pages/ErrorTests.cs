using System.Net;

namespace AiWatch.Web.Tests.Pages;

public sealed class ErrorTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public ErrorTests(EmptyApplication app) => this.app = app;

    [Fact]
    public async Task A_failing_page_shows_the_error_page_not_a_stack_trace()
    {
        using var broken = app.WithBrokenDatabase();

        var page = await broken.CreateClient().GetDocumentAsync("/actors", HttpStatusCode.InternalServerError);

        Assert.Equal("Une erreur est survenue", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("SqliteException", page.DocumentElement.OuterHtml);
    }
}
