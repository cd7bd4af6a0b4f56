using System.Net;

namespace AiWatch.Web.Tests.Hosting;

public sealed class HealthTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public HealthTests(EmptyApplication app) => this.app = app;

    [Fact]
    public async Task Answers_ok_while_the_database_answers()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Answers_503_when_the_database_cannot_be_opened()
    {
        using var broken = app.WithBrokenDatabase();

        var response = await broken.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
