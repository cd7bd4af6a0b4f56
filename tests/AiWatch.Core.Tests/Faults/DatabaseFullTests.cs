using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Tests.Faults;

/// <summary>
/// The database refusing writes (SQLITE_FULL, made with a page cap on the ingestion's connection): each input
/// fails with the database's reason, logged, the batch runs to its end, and the file stays intact.
/// </summary>
public sealed class DatabaseFullTests
{
    [Fact]
    public async Task A_full_database_fails_each_input_with_its_cause_and_the_batch_ends_normally()
    {
        await using var database = await TempDatabase.CreateWithActorsAsync();
        var inputs = Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(3).ToArray();
        var logger = new ListLogger();

        IReadOnlyList<IngestResult> results;
        await using (var db = database.Open())
        {
            await db.Database.OpenConnectionAsync();
            // The cap holds for this connection only: the one the ingestion writes through, kept open by the context.
            await db.Database.ExecuteSqlRawAsync("PRAGMA max_page_count = 1");
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), logger);
            results = await new InputIngestion(ingestor, fetcher: null, logger).IngestAllAsync(inputs);
        }

        Assert.Equal(inputs, results.Select(r => r.Input));
        Assert.All(results, r => Assert.Equal((IngestStatus.Failed, "database error: SQLite Error 13: 'database or disk is full'."), (r.Status, r.Error)));
        var warnings = logger.Entries.Where(e => e.Level == LogLevel.Warning).ToList();
        Assert.Equal(inputs, warnings.Where(w => w.Template.StartsWith("Could not ingest", StringComparison.Ordinal)).Select(w => w.Properties["Url"]));
        Assert.All(warnings, w => Assert.Contains("database or disk is full", (string)w.Properties["Reason"]!));
        await DatabaseHealth.AssertIntactAsync(database.ConnectionString);
        await using var check = database.Open();
        Assert.Equal(0, await check.Articles.CountAsync());
    }
}
