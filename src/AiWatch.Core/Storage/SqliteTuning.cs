using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AiWatch.Core.Storage;

/// <summary>
/// Per-connection SQLite settings applied each time EF Core opens a connection. SQLite's defaults (2 MB of page
/// cache, every page read through a system call) were made for small databases: at 100,000 articles the indexes a
/// write touches no longer fit, and the same pages are read from the operating system over and over.
/// </summary>
public sealed record SqliteTuning(int CacheSizeMegabytes, int MmapSizeMegabytes, int WalAutoCheckpointPages = 1000)
{
    /// <summary>A process with several connections open at once (the web app): memory is counted per connection.</summary>
    public static SqliteTuning Shared { get; } = new(CacheSizeMegabytes: 16, MmapSizeMegabytes: 0);

    /// <summary>
    /// One long-lived writer (a bulk import): the indexes it updates stay in its cache, and the write-ahead log is
    /// copied into the database every 40 MB rather than every 4 MB. A batch of articles writes more than 4 MB,
    /// so SQLite's default checkpointed (and synced the disk twice) at every commit, copying again the index pages
    /// every batch changes.
    /// </summary>
    public static SqliteTuning BulkWriter { get; } = new(CacheSizeMegabytes: 256, MmapSizeMegabytes: 0, WalAutoCheckpointPages: 10_000);

    /// <summary>The statements that apply these settings to a connection.</summary>
    public string PragmaSql() => string.Create(CultureInfo.InvariantCulture,
        // A negative cache_size is in KiB rather than pages, so it does not depend on the page size.
        $"PRAGMA cache_size=-{CacheSizeMegabytes * 1024}; PRAGMA mmap_size={(long)MmapSizeMegabytes * 1024 * 1024}; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint={WalAutoCheckpointPages};");
}

/// <summary>Applies a <see cref="SqliteTuning"/> to every connection a context opens.</summary>
public sealed class SqliteTuningInterceptor : DbConnectionInterceptor
{
    // One instance per setting: a context is configured per request, the interceptor need not be made again.
    private static readonly ConcurrentDictionary<SqliteTuning, SqliteTuningInterceptor> Instances = new();

    private readonly string _sql;

    private SqliteTuningInterceptor(SqliteTuning tuning) => _sql = tuning.PragmaSql();

    public static SqliteTuningInterceptor For(SqliteTuning tuning) => Instances.GetOrAdd(tuning, t => new SqliteTuningInterceptor(t));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }
}
