using AiWatch.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiWatch.Web.Tests.Hosting;

public sealed class SeedingTests
{
    private static DatabaseStartup Startup(AiWatchApplication app) =>
        app.Services.GetServices<IHostedService>().OfType<DatabaseStartup>().Single();

    [Fact]
    public async Task First_start_ingests_the_seed_articles_and_a_second_start_ingests_nothing()
    {
        using var first = new AiWatchApplication();
        var firstResult = Startup(first).LastResult!;
        var articles = await first.WithDbAsync(db => db.Articles.CountAsync());
        var actors = await first.WithDbAsync(db => db.Actors.CountAsync());

        Assert.Equal(5, firstResult.Ingested);
        Assert.Equal(0, firstResult.Failed);
        Assert.Equal(5, articles);
        Assert.True(actors > 0);

        // Same database file, new app: what a restart does.
        using var second = new AiWatchApplication(first.DatabasePath);
        var secondResult = Startup(second).LastResult!;

        Assert.Equal(0, secondResult.Ingested);
        Assert.Equal(5, secondResult.AlreadyPresent);
        Assert.Equal(5, await second.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Equal(actors, await second.WithDbAsync(db => db.Actors.CountAsync()));
    }

    [Fact]
    public async Task Seeded_articles_can_be_read_and_their_actors_have_dossiers()
    {
        using var app = new AiWatchApplication();
        var client = app.CreateClient();
        var ids = await app.WithDbAsync(db => db.Articles.Select(a => a.Id).ToListAsync());

        foreach (var id in ids)
        {
            var page = await client.GetDocumentAsync($"/articles/{id}");
            Assert.NotEmpty(page.QuerySelectorAll(".article-text .sentence[id]"));
        }
        var actors = await client.GetDocumentAsync("/actors");
        foreach (var href in actors.Hrefs("tbody a"))
        {
            await client.GetDocumentAsync(href);
        }
    }

    [Fact]
    public void Empty_seeds_folder_starts_on_an_empty_database()
    {
        using var app = new EmptyApplication();

        Assert.Equal(new Core.Ingestion.BootstrapResult(0, 0, 0, 0), Startup(app).LastResult);
    }
}
