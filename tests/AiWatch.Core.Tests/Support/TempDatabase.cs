using AiWatch.Core.Storage;
using Microsoft.Data.Sqlite;

namespace AiWatch.Core.Tests.Support;

/// <summary>A migrated SQLite file of its own per test, deleted afterwards.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(string folder)
    {
        Folder = folder;
        ConnectionString = $"Data Source={Path.Combine(folder, "test.db")}";
    }

    public string Folder { get; }
    public string ConnectionString { get; }

    public static async Task<TempDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aiwatch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TempDatabase(folder);
        await using var db = database.Open();
        await StorageSetup.MigrateAsync(db);
        return database;
    }

    /// <summary>A migrated database holding the repository's actor registry, as ingestion expects.</summary>
    public static async Task<TempDatabase> CreateWithActorsAsync()
    {
        var database = await CreateAsync();
        await using var db = database.Open();
        await AiWatch.Core.Ingestion.ActorSync.SyncAsync(db, AiWatch.Core.Analysis.ActorRegistry.Load(RepositoryFiles.ActorsJson));
        return database;
    }

    public AiWatchDbContext Open() => new(StorageSetup.Options(ConnectionString));

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
