using System.Data.Common;
using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Ingestion;

/// <summary>Batched, parallel ingestion stores exactly what one-by-one ingestion stores, and keeps each article all or nothing.</summary>
public sealed class BulkIngestionTests : IAsyncLifetime
{
    private static readonly IngestionBatching SmallBatches = new(Parallelism: 2, BatchSize: 3, TimeSpan.FromMinutes(1), TimeSpan.Zero);
    private TempDatabase bulk = null!;
    private TempDatabase single = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        bulk = await TempDatabase.CreateWithActorsAsync();
        single = await TempDatabase.CreateWithActorsAsync();
        folder = Path.Combine(bulk.Folder, "inputs");
        Directory.CreateDirectory(folder);
    }

    public async Task DisposeAsync()
    {
        await bulk.DisposeAsync();
        await single.DisposeAsync();
    }

    [Fact]
    public async Task A_bulk_import_stores_the_same_articles_facts_groups_and_disputes_as_one_by_one()
    {
        var seeds = Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var seed in seeds)
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }
        // A copy under another name is a duplicate; one with a changed last line a near-duplicate; an empty file a failure.
        File.Copy(seeds[0], Path.Combine(folder, "copie.txt"));
        File.WriteAllText(Path.Combine(folder, "proche.txt"), File.ReadAllText(seeds[1]) + "\nMis à jour avec une phrase de plus.");
        File.WriteAllText(Path.Combine(folder, "vide.txt"), "");

        var bulkResults = await IngestAsync(bulk, SmallBatches, folder);
        var singleResults = await IngestAsync(single, IngestionBatching.OneByOne, folder);

        Assert.Equal(singleResults.Select(r => (r.Input, r.Status, r.ArticleId, r.StoryId)), bulkResults.Select(r => (r.Input, r.Status, r.ArticleId, r.StoryId)));
        Assert.Contains(bulkResults, r => r.Status == IngestStatus.Duplicate);
        Assert.Contains(bulkResults, r => r.StoryId is not null);
        Assert.Equal(await SnapshotAsync(single), await SnapshotAsync(bulk));
    }

    [Fact]
    public async Task A_refused_article_inside_a_batch_is_undone_alone()
    {
        await using (var db = bulk.Open())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_amounts BEFORE INSERT ON Amounts BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
        }
        Write("a.txt", "Titre A\nMicrosoft dément toute discussion avec OpenAI.");
        Write("b.txt", "Titre B\nOpenAI lève 6 milliards de dollars auprès de Microsoft.");
        Write("c.txt", "Titre C\nOracle construit un centre de données avec SoftBank.");

        var results = await IngestAsync(bulk, SmallBatches with { BatchSize = 10 }, folder);

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Failed, IngestStatus.Ingested], results.Select(r => r.Status));
        Assert.Contains("disk says no", results[1].Error);
        await using var check = bulk.Open();
        Assert.Equal(["Titre A", "Titre C"], await check.Articles.OrderBy(a => a.Id).Select(a => a.Title).ToListAsync());
        Assert.Equal(0, await check.Mentions.CountAsync(m => m.Article!.Title == "Titre B"));
        Assert.Equal(["Titre A", "Titre C"], await ColumnAsync(bulk, "SELECT title FROM search_index WHERE kind = 'article' ORDER BY rowid"));
        Assert.Empty(await ColumnAsync(bulk, "SELECT Id FROM SearchRowsDeferred"));
        Assert.Equal([results[1].Input], await check.IngestionFailures.Select(f => f.Input).ToListAsync());
    }

    [Fact]
    public async Task A_batch_that_cannot_commit_is_stored_again_one_article_at_a_time()
    {
        var refuseOnce = new RefuseFirstCommit();

        await AssertStoredOneByOneAfterAsync(refuseOnce);

        Assert.True(refuseOnce.Refused);
    }

    [Fact]
    public async Task A_batch_whose_index_and_statistics_cannot_be_written_is_stored_again_one_article_at_a_time()
    {
        var failOnce = new FailFirstBatchCompletion();

        await AssertStoredOneByOneAfterAsync(failOnce);

        Assert.True(failOnce.Failed);
    }

    private async Task AssertStoredOneByOneAfterAsync(IInterceptor fault)
    {
        Write("a.txt", "Titre A\nMicrosoft dément toute discussion avec OpenAI.");
        Write("b.txt", "Titre B\nOpenAI lève 6 milliards de dollars auprès de Microsoft.");

        var results = await IngestAsync(bulk, SmallBatches with { BatchSize = 10 }, folder, fault);

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Ingested], results.Select(r => r.Status));
        await using var check = bulk.Open();
        Assert.Equal(["Titre A", "Titre B"], await check.Articles.OrderBy(a => a.Id).Select(a => a.Title).ToListAsync());
        Assert.Equal(results.Select(r => r.ArticleId), (await check.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync()).Cast<int?>());
        // Stored alone, each article counted its own mentions and indexed its own rows: nothing waits for a batch that is gone.
        Assert.Empty(await ColumnAsync(bulk, "SELECT ArticleId FROM MentionStatsPending"));
        Assert.Equal(await check.Mentions.CountAsync(m => m.Kind == Model.MentionKind.Literal), await check.ActorStats.SumAsync(s => s.Mentions));
        Assert.Equal(["Titre A", "Titre B"], await ColumnAsync(bulk, "SELECT title FROM search_index WHERE kind = 'article' ORDER BY rowid"));
    }

    [Fact]
    public async Task A_bulk_import_sees_the_reports_another_writer_added_between_its_batches()
    {
        var analyzer = new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson));
        await using var importDb = bulk.Open();
        var import = new ArticleIngestor(importDb, analyzer, NullLogger.Instance);

        await StoreInOneBatchAsync(import, Lawsuit(1, "Elon Musk a porté plainte contre OpenAI le 29 février 2024 devant un tribunal de San Francisco."));
        // The web app stores a feed's article while the import runs: between two of its batches, when it can write.
        await using (var webDb = bulk.Open())
        {
            await new ArticleIngestor(webDb, analyzer, NullLogger.Instance).IngestAsync(
                Lawsuit(2, "Le 29 février 2024, Elon Musk a porté plainte contre OpenAI, qu'il accuse d'avoir trahi sa mission."));
        }
        await StoreInOneBatchAsync(import, Lawsuit(3, "Elon Musk a porté plainte contre OpenAI le 29 février 2024, rappelle notre confrère."));

        await using var db = bulk.Open();
        var group = await db.EventGroups.Include(g => g.Reports).SingleAsync(g => g.Type == "lawsuit");
        Assert.Equal(3, group.Reports.Count);
        Assert.Equal(3, group.SourceCount);
    }

    [Fact]
    public async Task Running_an_import_again_finds_every_article_already_stored()
    {
        Write("a.txt", "Titre A\nMicrosoft dément toute discussion avec OpenAI.");
        Write("b.txt", "Titre B\nOpenAI lève 6 milliards de dollars auprès de Microsoft.");
        await IngestAsync(bulk, SmallBatches, folder);

        var again = await IngestAsync(bulk, SmallBatches, folder);

        Assert.All(again, r => Assert.Equal(IngestStatus.Duplicate, r.Status));
        await using var check = bulk.Open();
        Assert.Equal(2, await check.Articles.CountAsync());
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);

    private static RawDocument Lawsuit(int n, string sentence) =>
        new($"procès-{n}", $"https://www.exemple{n}.fr/proces", "text/plain", $"Procès numéro {n}\n\n{sentence}\n\nUne autre phrase propre à l'article {n}.");

    /// <summary>One article in a transaction of its own, stored as <see cref="InputIngestion"/>'s batches store theirs.</summary>
    private static async Task StoreInOneBatchAsync(ArticleIngestor ingestor, RawDocument document)
    {
        await using var transaction = await ingestor.Database.BeginTransactionAsync();
        await ingestor.DeferBatchRowsAsync(CancellationToken.None);
        Assert.Equal(IngestStatus.Ingested, (await ingestor.IngestAsync(document)).Status);
        await ingestor.CompleteBatchRowsAsync(CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static async Task<IReadOnlyList<IngestResult>> IngestAsync(TempDatabase database, IngestionBatching batching, string input, IInterceptor? interceptor = null)
    {
        var options = new DbContextOptionsBuilder<AiWatchDbContext>(StorageSetup.Options(database.ConnectionString));
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }
        await using var db = new AiWatchDbContext(options.Options);
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), NullLogger.Instance);
        return await new InputIngestion(ingestor, fetcher: null, NullLogger.Instance, batching).IngestAllAsync([input]);
    }

    /// <summary>Everything the import wrote, without timestamps.</summary>
    private static async Task<string> SnapshotAsync(TempDatabase database)
    {
        await using var db = database.Open();
        var articles = await db.Articles.OrderBy(a => a.Id).Select(a => $"{a.Id} {a.CanonicalUrl} {a.ContentHash} {a.StoryId} {a.SimHash}").ToListAsync();
        var facts = await db.Articles.OrderBy(a => a.Id)
            .Select(a => $"{a.Id}: {a.Mentions.Count} {a.Events.Count} {a.Quotes.Count} {a.Claims.Count} {a.Amounts.Count} {a.CoMentions.Count}").ToListAsync();
        var groups = await db.EventGroups.OrderBy(g => g.Id).Select(g => $"{g.Id} {g.Type} {g.ActorSlugs} {g.Date} {g.SourceCount} {g.Reports.Count}").ToListAsync();
        var disputes = await db.Disputes.OrderBy(d => d.Slug).Select(d => $"{d.Slug} {d.EventCount} {d.ClaimCount} {d.FirstDate} {d.LastDate}").ToListAsync();
        var stories = await db.Stories.OrderBy(s => s.Id).Select(s => $"{s.Id} {s.FirstArticleId} {s.ArticleCount}").ToListAsync();
        var failures = await db.IngestionFailures.OrderBy(f => f.Id).Select(f => $"{f.Input} {f.Reason}").ToListAsync();
        // A batch indexes its rows in one statement, one by one the triggers do: the same rows either way.
        var searchRows = await ColumnAsync(database,
            "SELECT rowid || ' ' || kind || ' ' || item_id || ' ' || article_id || ' ' || coalesce(title, '') || ' ' || body FROM search_index ORDER BY rowid");
        // A batch counts its mentions and joins its events to the timeline once, one by one the triggers do.
        var statistics = await ColumnAsync(database, """
            SELECT 'actor ' || ActorId || ' ' || Mentions || ' ' || EpithetMentions FROM ActorStats
            UNION ALL SELECT 'day ' || ActorId || ' ' || Day || ' ' || Count FROM ActorDailyMentions
            UNION ALL SELECT 'article ' || ArticleId || ' ' || ActorId || ' ' || Mentions FROM ArticleActors
            UNION ALL SELECT 'entry ' || EntryKey || ' ' || coalesce(SortDate, '') || ' ' || FirstEventId || ' ' || coalesce(AmountValue, '') FROM TimelineEntries
            UNION ALL SELECT 'entry actor ' || EntryKey || ' ' || ActorId FROM TimelineActors
            ORDER BY 1
            """);
        return string.Join("\n", articles.Concat(facts).Concat(groups).Concat(disputes).Concat(stories).Concat(failures).Concat(searchRows).Concat(statistics));
    }

    private static async Task<List<string>> ColumnAsync(TempDatabase database, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return await DatabaseHealth.ColumnAsync(connection, sql);
    }

    /// <summary>Fails the first batch's closing statements (the deferred index rows and statistics), as a full disk would.</summary>
    private sealed class FailFirstBatchCompletion : DbCommandInterceptor
    {
        public bool Failed { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (!Failed && command.CommandText.Contains("DELETE FROM MentionStatsPending;", StringComparison.Ordinal))
            {
                Failed = true;
                throw new Microsoft.Data.Sqlite.SqliteException("disk I/O error", 10);
            }
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Refuses the first commit, as a full disk would, and lets every later one through.</summary>
    private sealed class RefuseFirstCommit : DbTransactionInterceptor
    {
        public bool Refused { get; private set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken ct = default)
        {
            if (!Refused)
            {
                Refused = true;
                throw new Microsoft.Data.Sqlite.SqliteException("database or disk is full", 13);
            }
            return ValueTask.FromResult(result);
        }
    }
}
