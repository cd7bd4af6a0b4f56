using System.Net;
using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        // A database file inside a folder that does not exist cannot be opened (or created); startup is skipped to get that far.
        using var broken = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.Remove(services.Single(s => s.ImplementationType == typeof(DatabaseStartup)));
            services.RemoveAll<DbContextOptions<AiWatchDbContext>>();
            services.AddDbContext<AiWatchDbContext>(options => options.UseSqlite("Data Source=/no/such/folder/aiwatch.db"));
        }));

        var response = await broken.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
