using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AiWatch.Core.Tests.Storage;

/// <summary>A database made by the first release keeps its search index working after the later migrations.</summary>
public sealed class MigrationUpgradeTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "aiwatch-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Articles_indexed_before_the_table_rebuild_stay_found_and_new_ones_are_indexed()
    {
        var options = StorageSetup.Options($"Data Source={Path.Combine(folder, "old.db")}");
        await using (var old = new AiWatchDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync("SearchIndexFollowsEdits");
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO Sources (Kind, Name, CreatedUtc) VALUES (2, 'local', '2026-01-01');" +
                "INSERT INTO Articles (SourceId, Url, CanonicalUrl, Title, ContentType, RawContent, Text, ContentHash, FetchedUtc) " +
                "VALUES (1, 'file:///a.txt', 'file:///a.txt', 'Ancien', 'text/plain', 'x', 'Une plainte déposée en Californie.', 'h', '2026-01-01');");
        }

        await using var db = new AiWatchDbContext(options);
        await StorageSetup.MigrateAsync(db);
        db.Articles.Add(new Article
        {
            SourceId = 1, Url = "file:///b.txt", CanonicalUrl = "file:///b.txt", Title = "Nouveau",
            Text = "Un partenariat signé au Texas.", ContentHash = "h2",
        });
        await db.SaveChangesAsync();

        Assert.Equal(1, await db.SearchCountAsync("plainte"));
        Assert.Equal(1, await db.SearchCountAsync("partenariat"));
        var triggers = await db.Database.SqlQueryScalarCount("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Articles' AND name LIKE 'articles_%'");
        Assert.Equal(3, triggers);
    }
}

internal static class SqlScalar
{
    public static async Task<long> SqlQueryScalarCount(this DatabaseFacade database, string sql)
    {
        var connection = database.GetDbConnection();
        await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
