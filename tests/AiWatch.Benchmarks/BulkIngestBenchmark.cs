using System.Diagnostics;
using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>
/// <c>aiwatch ingest</c>'s bulk path in-process: a folder into a fresh SQLite file, then again (all duplicates),
/// with the process's CPU time and allocations per article, which say more than wall time on a shared machine.
/// </summary>
internal static class BulkIngestBenchmark
{
    public static async Task RunAsync(string folder)
    {
        var databaseFolder = Path.Combine(Path.GetTempPath(), "aiwatch-bulk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(databaseFolder);
        try
        {
            await using var db = new AiWatchDbContext(StorageSetup.Options($"Data Source={Path.Combine(databaseFolder, "bench.db")}"));
            await StorageSetup.MigrateAsync(db);
            var registry = ActorRegistry.Load(Path.Combine(SeedPaths.FindSeedsFolder() ?? "seeds", SeedPaths.ActorsFile));
            await ActorSync.SyncAsync(db, registry);
            foreach (var pass in new[] { "first import", "re-import (duplicates)" })
            {
                var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), NullLogger.Instance);
                var ingestion = new InputIngestion(ingestor, fetcher: null, NullLogger.Instance, IngestionBatching.Bulk);
                var process = Process.GetCurrentProcess();
                var (cpu, allocated, collections) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
                var watch = Stopwatch.StartNew();
                var results = await ingestion.IngestAllAsync([folder]);
                watch.Stop();
                process.Refresh();
                var n = results.Count;
                Console.WriteLine($"bulk ingest, {pass}: {n} files in {watch.Elapsed.TotalSeconds:F1} s = {n / watch.Elapsed.TotalSeconds:F1} articles/s; " +
                    $"CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds / n:F2} ms/article, " +
                    $"{(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / n:F0} KB allocated/article, {GC.CollectionCount(0) - collections} gen0 GCs " +
                    $"({string.Join(", ", results.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"))})");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(databaseFolder, recursive: true);
        }
    }
}
