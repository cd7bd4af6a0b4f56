using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage;

/// <summary>Connection strings, WAL and migrations: everything needed before the first query.</summary>
public static class StorageSetup
{
    public const string DefaultConnectionString = "Data Source=data/aiwatch.db";

    /// <summary>Options for a context on <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<AiWatchDbContext> Options(string connectionString, SqliteTuning? tuning = null) =>
        Configure(new DbContextOptionsBuilder<AiWatchDbContext>(), connectionString, tuning).Options;

    public static DbContextOptionsBuilder<AiWatchDbContext> Configure(
        DbContextOptionsBuilder<AiWatchDbContext> builder, string connectionString, SqliteTuning? tuning = null)
    {
        SqliteSleep.EnsurePrecise();
        // Split queries: an article with its mentions, events, quotes… must not become a cartesian product.
        return builder.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(30).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(SqliteTuningInterceptor.For(tuning ?? SqliteTuning.Shared));
    }

    /// <summary>The database file a connection string points at, as a full path (null for in-memory databases).</summary>
    public static string? DatabasePath(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file::memory:", StringComparison.Ordinal)
            || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(source);
    }

    /// <summary>Creates the database folder, applies migrations and switches the file to WAL so readers never block the writer.</summary>
    public static async Task MigrateAsync(AiWatchDbContext db, CancellationToken ct = default)
    {
        var path = DatabasePath(db.Database.GetConnectionString() ?? "");
        var folder = path is null ? null : Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync(ct);
        if (path is not null)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
