using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Storage;

/// <summary>Every connection a context opens carries its tuning: the bulk writer's large cache and rarer checkpoints, the web app's defaults.</summary>
public sealed class SqliteTuningTests
{
    [Theory]
    [InlineData(true, -262144L, 10000L)]
    [InlineData(false, -16384L, 1000L)]
    public async Task A_context_applies_its_tuning_to_the_connections_it_opens(bool bulkWriter, long cacheSize, long checkpointPages)
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = new AiWatchDbContext(StorageSetup.Options(database.ConnectionString, bulkWriter ? SqliteTuning.BulkWriter : SqliteTuning.Shared));

        await db.Database.OpenConnectionAsync();

        Assert.Equal(cacheSize, await PragmaAsync(db, "cache_size"));
        Assert.Equal(checkpointPages, await PragmaAsync(db, "wal_autocheckpoint"));
        Assert.Equal(2L, await PragmaAsync(db, "temp_store"));
    }

    private static async Task<long> PragmaAsync(AiWatchDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
