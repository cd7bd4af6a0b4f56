using AiWatch.Core.Storage;

namespace AiWatch.Cli;

/// <summary>Opens the same database as the web app: --db, else ConnectionStrings__AiWatch, else data/aiwatch.db.</summary>
public static class Database
{
    public static async Task<AiWatchDbContext> OpenAsync(CommandLine command, CancellationToken ct)
    {
        var connectionString = command.Option("--db")
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__AiWatch")
            ?? StorageSetup.DefaultConnectionString;
        var db = new AiWatchDbContext(StorageSetup.Options(connectionString, SqliteTuning.BulkWriter));
        try
        {
            await StorageSetup.MigrateAsync(db, ct);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            await db.DisposeAsync();
            throw new CliUsageException($"cannot open the database ({connectionString}): {e.Message}");
        }
        return db;
    }
}
