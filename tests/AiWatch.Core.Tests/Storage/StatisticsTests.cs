using System.Text;
using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Facts;
using AiWatch.Core.Generation;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Storage;
using AiWatch.Core.Storage.Statistics;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Storage;

/// <summary>The statistics the triggers maintain must equal a full recompute after every kind of write.</summary>
public sealed class StatisticsTests
{
    private static readonly string[] Tables =
    [
        "SELECT ActorId, Mentions, EpithetMentions FROM ActorStats ORDER BY 1",
        "SELECT ActorId, Day, Count FROM ActorDailyMentions ORDER BY 1, 2",
        "SELECT ArticleId, ActorId, PublishedDate, Mentions, EpithetMentions FROM ArticleActors ORDER BY 1, 2",
        "SELECT ActorAId, ActorBId, Sentences, Articles FROM ActorPairs ORDER BY 1, 2",
        "SELECT EntryKey, SortDate, FirstEventId, Type, AmountValue, AmountCurrency FROM TimelineEntries ORDER BY 1",
        "SELECT ActorId, EntryKey, SortDate, FirstEventId, Type, AmountValue, AmountCurrency FROM TimelineActors ORDER BY 1, 2",
    ];

    [Fact]
    public async Task Statistics_equal_a_recompute_after_ingest_update_reanalysis_and_deletion()
    {
        await using var database = await TempDatabase.CreateAsync();
        var registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        var seeds = Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Order().ToList();
        await using (var db = database.Open())
        {
            await ActorSync.SyncAsync(db, registry);
            var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), NullLogger.Instance);
            foreach (var path in seeds)
            {
                await ingestor.IngestAsync(await DocumentFiles.ReadAsync(path));
            }
            await AssertMatchesRecomputeAsync(db, "after ingestion");

            // The same URL with other text and another date: an update that replaces every fact.
            var first = await DocumentFiles.ReadAsync(seeds[0]);
            var changed = first with { Content = "Publié le 3 mars 2025\n" + first.Content.Replace("OpenAI", "Microsoft") };
            Assert.Equal(IngestStatus.Updated, (await ingestor.IngestAsync(changed)).Status);
            await AssertMatchesRecomputeAsync(db, "after an update");
        }

        await using (var db = database.Open())
        {
            await new Reanalyzer(db, new ActorRegistry(registry.Actors.Where(a => a.Slug != "openai"))).RunAsync();
            await AssertMatchesRecomputeAsync(db, "after a re-analysis that drops an actor");

            var article = await db.Articles.OrderBy(a => a.Id).Skip(1).FirstAsync();
            db.Articles.Remove(article);
            await db.SaveChangesAsync();
            await FactIndex.AfterArticlesRemovedAsync(db, DateTime.UtcNow);
            await AssertMatchesRecomputeAsync(db, "after a deletion");

            db.ChangeTracker.Clear();
            foreach (var dated in await db.Articles.ToListAsync())
            {
                dated.PublishedDate = dated.PublishedDate is { } day ? day.AddDays(40) : new DateOnly(2025, 1, 2);
            }
            await db.SaveChangesAsync();
            await AssertMatchesRecomputeAsync(db, "after publication dates changed");
        }
    }

    [Fact]
    public async Task Statistics_equal_a_recompute_after_a_batch_that_stores_an_article_then_changes_it()
    {
        await using var database = await TempDatabase.CreateWithActorsAsync();
        await using var db = database.Open();
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), NullLogger.Instance);
        var seeds = Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Order().ToList();
        var first = await DocumentFiles.ReadAsync(seeds[0]);
        // The same URL with other text and another date: its mentions, days and events are replaced in the same batch.
        var changed = first with { Content = "Publié le 3 mars 2025\n" + first.Content.Replace("OpenAI", "Microsoft") };

        // Articles counted before the batch: a change miscounted in it would show in their actors' totals.
        foreach (var path in seeds.Skip(1))
        {
            await ingestor.IngestAsync(await DocumentFiles.ReadAsync(path));
        }

        await using (var batch = await db.Database.BeginTransactionAsync())
        {
            await ingestor.DeferBatchRowsAsync(default);
            Assert.Equal(IngestStatus.Ingested, (await ingestor.StoreAsync(ingestor.Preparer.Prepare(first)!, null)).Status);
            Assert.Equal(IngestStatus.Updated, (await ingestor.StoreAsync(ingestor.Preparer.Prepare(changed)!, null)).Status);
            await ingestor.CompleteBatchRowsAsync(default);
            await batch.CommitAsync();
        }

        await AssertMatchesRecomputeAsync(db, "after a batch that changed one of its own articles");
        Assert.Equal(0L, await ScalarAsync(db, "SELECT count(*) FROM MentionStatsPending"));
        Assert.Equal(0L, await ScalarAsync(db, "SELECT count(*) FROM TimelineDeferred"));
    }

    [Fact]
    public async Task Timeline_statistics_equal_a_recompute_after_a_bulk_import_and_reports_moving_between_groups()
    {
        await using var database = await TempDatabase.CreateWithActorsAsync();
        var folder = Path.Combine(database.Folder, "generated");
        var generator = new ArticleGenerator(ActorRegistry.Load(RepositoryFiles.ActorsJson));
        foreach (var article in Enumerable.Range(0, 150).Select(i => generator.Generate(7, i)))
        {
            var path = Path.Combine(folder, article.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, article.Content);
        }
        await using var db = database.Open();
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), NullLogger.Instance);
        await new InputIngestion(ingestor, fetcher: null, NullLogger.Instance, IngestionBatching.Bulk with { BatchSize = 40 }).IngestAllAsync([folder]);
        Assert.True(await db.EventGroups.AnyAsync(g => g.SourceCount > 1), "the generated articles report some happenings twice");
        await AssertMatchesRecomputeAsync(db, "after a bulk import");
        // New articles' mentions were counted by their writer, each article unmarked before its batch committed.
        Assert.Equal(0L, await ScalarAsync(db, "SELECT count(*) FROM MentionStatsPending"));
        // Its events joined the timeline once per batch, each batch's deferral ended before it committed.
        Assert.Equal(0L, await ScalarAsync(db, "SELECT count(*) FROM TimelineDeferred"));

        // Each statement below is one kind of change the triggers follow, checked on its own.
        var changes = new (string What, string Sql)[]
        {
            ("a report moving to another group",
                "UPDATE Events SET GroupId = (SELECT max(Id) FROM EventGroups) WHERE Id = (SELECT min(Id) FROM Events WHERE GroupId IN (SELECT Id FROM EventGroups WHERE SourceCount > 1))"),
            ("a report leaving its group", "UPDATE Events SET GroupId = NULL WHERE Id = (SELECT max(Id) FROM Events WHERE GroupId IS NOT NULL)"),
            ("an ungrouped report joining a group", "UPDATE Events SET GroupId = (SELECT min(Id) FROM EventGroups) WHERE Id = (SELECT max(Id) FROM Events WHERE GroupId IS NULL)"),
            ("a report's amount and date changing", "UPDATE Events SET AmountValue = 123, AmountCurrency = 'EUR', DateStart = '2001-02-03' WHERE Id = (SELECT min(Id) FROM Events)"),
            ("an actor taken off a report", "DELETE FROM EventActors WHERE rowid = (SELECT max(rowid) FROM EventActors)"),
            ("an actor added to a report", "INSERT OR IGNORE INTO EventActors(EventId, ActorId, Position) SELECT min(e.Id), max(a.Id), 9 FROM Events e, Actors a"),
            ("a group's summary changing", "UPDATE EventGroups SET DateStart = '1999-01-01', AmountValue = NULL WHERE Id = (SELECT min(Id) FROM EventGroups)"),
            ("a group's currency alone changing",
                "UPDATE EventGroups SET AmountValue = 5, AmountCurrency = 'USD' WHERE Id = (SELECT max(Id) FROM EventGroups); "
                + "UPDATE EventGroups SET AmountCurrency = 'EUR' WHERE Id = (SELECT max(Id) FROM EventGroups)"),
            ("a group's type alone changing", "UPDATE EventGroups SET Type = 'valuation' WHERE Id = (SELECT max(Id) FROM EventGroups)"),
            ("a group's source count alone changing", "UPDATE EventGroups SET SourceCount = SourceCount + 1, Hedged = 1 - Hedged WHERE Id = (SELECT min(Id) FROM EventGroups)"),
            ("reports deleted", "DELETE FROM Events WHERE Id IN (SELECT Id FROM Events ORDER BY Id DESC LIMIT 25)"),
            ("a group deleted", "DELETE FROM EventGroups WHERE Id = (SELECT max(GroupId) FROM Events)"),
            ("a mention added by another writer",
                "INSERT INTO Mentions(ArticleId, ActorId, Start, Length, Surface, AnalyzerVersion, Kind) SELECT max(ArticleId), min(ActorId), 0, 1, 'x', 'test', 0 FROM Mentions"),
        };
        foreach (var (what, sql) in changes)
        {
            Assert.True(await db.Database.ExecuteSqlRawAsync(sql) > 0, $"{what}: the statement changed nothing");
            await AssertMatchesRecomputeAsync(db, "after " + what);
        }
    }

    [Fact]
    public async Task Timeline_entries_sort_on_the_reported_date_else_the_earliest_publication()
    {
        await using var database = await TempDatabase.CreateAsync();
        var registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        await using var db = database.Open();
        await ActorSync.SyncAsync(db, registry);
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), NullLogger.Instance);
        await ingestor.IngestAsync(new("a", "file:///a.txt", "text/plain", "Titre\nPublié le 12 mai 2025\nOracle signe un partenariat avec OpenAI."));

        var entry = await db.TimelineEntries.SingleAsync();
        Assert.Equal(new DateOnly(2025, 5, 12), entry.SortDate);
        Assert.Equal("partnership", entry.Type);
        var actors = await db.TimelineActors.Where(a => a.EntryKey == entry.EntryKey).Select(a => a.ActorId).ToListAsync();
        Assert.Equal(2, actors.Count);
        Assert.Equal(await db.ActorStats.SumAsync(s => s.Mentions), await db.Mentions.CountAsync(m => m.Kind == Model.MentionKind.Literal));
    }

    private static async Task<object?> ScalarAsync(AiWatchDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task AssertMatchesRecomputeAsync(AiWatchDbContext db, string when)
    {
        var maintained = await SnapshotAsync(db);
        Assert.Contains("\n", maintained);
        await StatisticsUpdater.RebuildAsync(db);
        var recomputed = await SnapshotAsync(db);
        Assert.True(recomputed == maintained, $"statistics differ from a recompute {when}:\nmaintained:\n{maintained}\nrecomputed:\n{recomputed}");
    }

    private static async Task<string> SnapshotAsync(AiWatchDbContext db)
    {
        var text = new StringBuilder();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var sql in Tables)
            {
                text.AppendLine(sql);
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    text.AppendLine(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return text.ToString();
    }
}
