using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class DatabaseBootstrapTests
{
    [Fact]
    public async Task First_run_ingests_the_seeds_and_a_second_run_ingests_nothing()
    {
        await using var database = await TempDatabase.CreateAsync();
        var seedCount = Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Length;

        BootstrapResult first, second;
        await using (var db = database.Open())
        {
            first = await DatabaseBootstrap.InitializeAsync(db, RepositoryFiles.Seeds, NullLogger.Instance);
        }
        await using (var db = database.Open())
        {
            second = await DatabaseBootstrap.InitializeAsync(db, RepositoryFiles.Seeds, NullLogger.Instance);
        }

        Assert.Equal(5, seedCount);
        Assert.Equal(new BootstrapResult(first.Actors, seedCount, 0, 0), first);
        Assert.True(first.Actors >= 8);
        Assert.Equal(new BootstrapResult(first.Actors, 0, seedCount, 0), second);
        await using var check = database.Open();
        Assert.Equal(seedCount, await check.Articles.CountAsync());
        Assert.Equal(first.Actors, await check.Actors.CountAsync());
        Assert.True(await check.Mentions.AnyAsync());
    }

    [Fact]
    public async Task Every_seed_event_is_grouped_and_a_second_start_rewrites_no_group_or_dispute()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            await DatabaseBootstrap.InitializeAsync(db, RepositoryFiles.Seeds, NullLogger.Instance);
        }
        await using var check = database.Open();
        var groups = await check.EventGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Id, g.Date, g.SourceCount, g.ActorSlugs }).ToListAsync();
        var disputes = await check.Disputes.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Slug, d.UpdatedUtc }).ToListAsync();

        await using (var db = database.Open())
        {
            await DatabaseBootstrap.InitializeAsync(db, RepositoryFiles.Seeds, NullLogger.Instance);
        }

        Assert.Equal(0, await check.Events.CountAsync(e => e.GroupId == null));
        Assert.NotEmpty(groups);
        Assert.NotEmpty(disputes);
        Assert.Equal(groups, await check.EventGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => new { g.Id, g.Date, g.SourceCount, g.ActorSlugs }).ToListAsync());
        Assert.Equal(disputes, await check.Disputes.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Slug, d.UpdatedUtc }).ToListAsync());
    }

    [Fact]
    public async Task A_missing_seeds_folder_starts_an_empty_database()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var result = await DatabaseBootstrap.InitializeAsync(db, Path.Combine(database.Folder, "absent"), NullLogger.Instance);

        Assert.Equal(new BootstrapResult(0, 0, 0, 0), result);
        Assert.Equal(0, await db.Articles.CountAsync());
    }
}
