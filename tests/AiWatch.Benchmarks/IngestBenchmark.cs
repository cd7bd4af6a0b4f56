using System.Diagnostics;
using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>
/// Files already in memory → a fresh SQLite file on disk: extraction, analysis, near-duplicate lookup and one
/// transaction per article, as <c>aiwatch ingest</c> does. A second pass over the same documents measures the
/// duplicate path (recognised by URL and hash, nothing written). A first, untimed round into a throwaway
/// database warms the JIT up: a cold process runs its first few hundred articles several times slower while
/// the runtime re-compiles the hot methods, which says nothing about a large import.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task RunAsync(IReadOnlyList<RawDocument> documents)
    {
        foreach (var timed in new[] { false, true })
        {
            await RoundAsync(documents, timed);
        }
    }

    private static async Task RoundAsync(IReadOnlyList<RawDocument> documents, bool timed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "aiwatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var db = new AiWatchDbContext(StorageSetup.Options($"Data Source={Path.Combine(folder, "bench.db")}"));
            await StorageSetup.MigrateAsync(db);
            var registry = ActorRegistry.Load(Path.Combine(SeedPaths.FindSeedsFolder() ?? "seeds", SeedPaths.ActorsFile));
            await ActorSync.SyncAsync(db, registry);
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), NullLogger.Instance);
            foreach (var pass in new[] { "first import", "re-import (duplicates)" })
            {
                var statuses = new Dictionary<IngestStatus, int>();
                var watch = Stopwatch.StartNew();
                foreach (var document in documents)
                {
                    var status = (await ingestor.IngestAsync(document)).Status;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                }
                watch.Stop();
                var counts = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} {s.Key.ToString().ToLowerInvariant()}"));
                Console.WriteLine($"ingest{(timed ? "" : " (warm-up)")}, {pass}: {documents.Count} files in {watch.Elapsed.TotalSeconds:F2} s = {documents.Count / watch.Elapsed.TotalSeconds:F1} articles/s ({counts})");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
