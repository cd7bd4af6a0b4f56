using System.Security.Cryptography;
using System.Text;
using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Facts;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Core.Storage.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// Stores one document: extract, recognise duplicates, keep the replaced revision of a changed article, analyse,
/// link near-identical copies into a story, and write it all in one transaction, so a failure never leaves half
/// an article behind.
/// </summary>
public sealed class ArticleIngestor(AiWatchDbContext db, ArticleAnalyzer analyzer, ILogger logger, SiteRules? siteRules = null, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly EventGroupCache groupCache = new();
    private readonly ArticleRows rows = new(db);
    private StoryLinker? stories;
    private readonly Dictionary<SourceKey, int> sourceIds = new();
    private Dictionary<string, int>? actorIds;
    private Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? deferredIn;
    private long? dataVersion;

    public Task<IngestResult> IngestAsync(RawDocument document, CancellationToken ct = default) => IngestAsync(document, null, ct);

    // Read again after a rollback: it may remember articles that were never committed.
    private StoryLinker Stories => stories ??= new StoryLinker(db, rows);

    /// <summary>Extracts and analyses documents for <see cref="StoreAsync"/>; safe to call from several threads.</summary>
    public ArticlePreparer Preparer { get; } = new(analyzer, siteRules);

    /// <summary>Stores <paramref name="document"/>; a new article is filed under <paramref name="source"/> when given, else under its site.</summary>
    public Task<IngestResult> IngestAsync(RawDocument document, SourceKey? source, CancellationToken ct = default) =>
        Preparer.Prepare(document) is { } prepared
            ? StoreAsync(prepared, source, ct)
            : Task.FromResult(IngestResult.Failure(document.Url, NoTextError));

    /// <summary>Why a document without article text is refused.</summary>
    public const string NoTextError = "no article text found";

    /// <summary>
    /// Stores a prepared document: recognises duplicates, keeps the revision a changed article replaces, links
    /// near-identical copies and groups its events, all inside one transaction (the caller's when there is one).
    /// </summary>
    public async Task<IngestResult> StoreAsync(PreparedDocument prepared, SourceKey? source, CancellationToken ct = default)
    {
        var (document, extracted, canonicalUrl, hash, simHash, _) = prepared;
        // Only ids and hashes: the raw content and text of a stored article are not needed to recognise it.
        var existing = rows.FindStored(canonicalUrl, hash);
        if (existing is not null && existing.CanonicalUrl != canonicalUrl && IsSyndicatedCopy(existing.CanonicalUrl, canonicalUrl))
        {
            // The same text published by another website is a copy of the story from another outlet: stored
            // apart (under its own source) and linked to the story below, so the story counts its outlets.
            existing = null;
        }
        if (existing is not null && existing.ContentHash == hash)
        {
            await RefreshValidatorsAsync(existing, canonicalUrl, document, ct);
            logger.LogInformation("Skipped {Url}: same text as article {ArticleId}", document.Url, existing.Id);
            return new IngestResult(document.Url, IngestStatus.Duplicate, existing.Id, null);
        }
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        var near = Stories.Near(simHash, existing?.Id);
        var analysis = prepared.Analysis ?? Preparer.Analyze(extracted);
        var result = existing is null
            ? await StoreNewAsync(prepared, analysis, source, near, now, ct)
            : await StoreUpdateAsync(prepared, analysis, existing.Id, near, now, ct);
        Stories.Remember(result.ArticleId!.Value, simHash);
        logger.LogInformation("Stored {Url} as article {ArticleId} ({Status})", document.Url, result.ArticleId, existing is null ? "new" : "updated");
        return result;
    }

    /// <summary>
    /// A new article and its facts are written with prepared commands (<see cref="ArticleRows"/>), its events
    /// grouped from what is in memory: no entity tracked, no query per fact.
    /// </summary>
    private async Task<IngestResult> StoreNewAsync(PreparedDocument prepared, Analysis.AnalysisResult analysis, SourceKey? source,
        IReadOnlyList<(int Id, int Distance)> near, DateTime now, CancellationToken ct)
    {
        var article = new Article { CanonicalUrl = prepared.CanonicalUrl };
        Fill(article, prepared);
        var ids = await ActorIdsAsync(ct);
        new FactMapper(ids).Apply(article, analysis, now);
        await InTransactionAsync(async () =>
        {
            article.SourceId = await SourceIdAsync(source ?? SiteOf(prepared.Document.Url), ct);
            rows.InsertArticle(article);
            var grouped = await EventGrouping.AssignNewAsync(db, rows, article.Id, Reports(article, ids), groupCache, ct);
            foreach (var (happening, groupId) in article.Events.Zip(grouped.GroupIds))
            {
                happening.GroupId = groupId;
            }
            rows.InsertFacts(article, countMentions: !InDeferredBatch);
            grouped.Confirm(article.Events.Select(e => e.Id).ToList());
            article.StoryId = await LinkStoryAsync(article, near, now, ct);
            await UpdateDisputesAsync(OpposesActors(article), now, ct);
        }, ct);
        return new IngestResult(prepared.Document.Url, IngestStatus.Ingested, article.Id, null) { StoryId = article.StoryId };
    }

    /// <summary>A changed article keeps its previous text as a revision; its old facts are replaced and their groups repaired.</summary>
    private async Task<IngestResult> StoreUpdateAsync(PreparedDocument prepared, Analysis.AnalysisResult analysis, int articleId,
        IReadOnlyList<(int Id, int Distance)> near, DateTime now, CancellationToken ct)
    {
        Story? story = null;
        await InTransactionAsync(async () =>
        {
            if (InDeferredBatch)
            {
                // The article may be one this batch stored: its mentions must be counted before they are replaced.
                await db.Database.ExecuteSqlRawAsync(StatisticsSql.AddPendingMentions, ct);
            }
            var article = await LoadWithFactsAsync(articleId, ct);
            article.Revisions.Add(ArticleRevisions.Snapshot(article, now));
            Fill(article, prepared);
            new FactMapper(await ActorIdsAsync(ct)).Apply(article, analysis, now);
            await db.SaveChangesAsync(ct);
            story = await Stories.LinkAsync(article, near, now, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            var (_, disputesAffected) = await FactIndex.GroupArticleAsync(db, articleId, replacedFacts: true, groupCache, ct);
            await UpdateDisputesAsync(disputesAffected, now, ct);
        }, ct);
        return new IngestResult(prepared.Document.Url, IngestStatus.Updated, articleId, null) { StoryId = story?.Id };
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction, all of it or nothing: the caller's own (a bulk import's
    /// batch) when there is one, else a new one.
    /// </summary>
    private async Task InTransactionAsync(Func<Task> write, CancellationToken ct)
    {
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            if (transaction is not null)
            {
                await ForgetOthersWritesAsync(ct);
            }
            await write();
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        catch
        {
            // What was remembered of the refused article (its source, its new groups) was never stored.
            ForgetUncommitted();
            throw;
        }
        finally
        {
            // A refused save must not leave its entities tracked for the next document's SaveChanges.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Links a new article to the story of its nearest stored copy through a stub, so nothing else of it is rewritten.</summary>
    private async Task<int?> LinkStoryAsync(Article article, IReadOnlyList<(int Id, int Distance)> near, DateTime now, CancellationToken ct)
    {
        if (near.Count == 0)
        {
            return null;
        }
        var stub = new Article { Id = article.Id, PublishedDate = article.PublishedDate };
        db.Articles.Attach(stub);
        var story = await Stories.LinkAsync(stub, near, now, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return story?.Id;
    }

    private static List<EventReport> Reports(Article article, IReadOnlyDictionary<string, int> actorIds)
    {
        var slugs = actorIds.ToDictionary(p => p.Value, p => p.Key);
        return article.Events.Select(e => EventGrouping.Report(e, article.PublishedDate, slugs)).ToList();
    }

    /// <summary>An adversarial event or a claim about someone: what changes the disputes.</summary>
    private static bool OpposesActors(Article article) =>
        article.Events.Any(e => DisputeRules.AdversarialEventTypes.Contains(e.Type)) || article.Claims.Any(c => c.TargetActorId is not null);

    /// <summary>
    /// When set, an article that changes the disputes only marks them stale (<see cref="DisputesStale"/>) and the
    /// caller rebuilds them once for many articles (<see cref="RebuildStaleDisputesAsync"/>): a whole-corpus pass per
    /// article would dominate a bulk import.
    /// </summary>
    public bool DeferDisputes { get; set; }

    /// <summary>The database this ingestor writes to, for a caller that groups many articles in one transaction.</summary>
    public Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database => db.Database;

    /// <summary>
    /// Leaves what this transaction's new articles add to the search index, the mention statistics and the
    /// timeline to <see cref="CompleteBatchRowsAsync"/>, which must run before it commits: done for a whole batch,
    /// each is a few statements instead of one trigger run or more per row (SearchIndexSql, StatisticsSql.AddPendingMentions
    /// and StatisticsSql.JoinDeferredEvents say how much that saves).
    /// </summary>
    public async Task DeferBatchRowsAsync(CancellationToken ct)
    {
        await ForgetOthersWritesAsync(ct);
        await db.Database.ExecuteSqlRawAsync(SearchIndexSql.DeferNewRows + StatisticsSql.DeferNewEvents, ct);
        deferredIn = db.Database.CurrentTransaction;
    }

    /// <summary>
    /// Forgets the event groups read before another connection committed (the web app storing a feed's article
    /// while a bulk import runs): that writer may have added reports to them or created the group a report of
    /// ours belongs to. Called once a transaction holds the write lock, so nobody else commits until it ends.
    /// SQLite's data_version changes for a connection only when another one commits.
    /// </summary>
    private async Task ForgetOthersWritesAsync(CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA data_version";
        var version = (long)(await command.ExecuteScalarAsync(ct))!;
        if (dataVersion is { } seen && seen != version)
        {
            logger.LogDebug("Another connection wrote to the database: event groups are read again");
            groupCache.Clear();
        }
        dataVersion = version;
    }

    /// <summary>Indexes, counts and joins to the timeline what was left since <see cref="DeferBatchRowsAsync"/>, and ends the deferral.</summary>
    public async Task CompleteBatchRowsAsync(CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(SearchIndexSql.IndexDeferredRows + StatisticsSql.AddPendingMentions + StatisticsSql.JoinDeferredEvents, ct);
        deferredIn = null;
    }

    /// <summary>
    /// Whether the current transaction is a batch whose rows <see cref="CompleteBatchRowsAsync"/> completes; compared
    /// by reference, so a batch rolled back (and its articles stored again one by one) counts their mentions at once.
    /// </summary>
    private bool InDeferredBatch => deferredIn is not null && ReferenceEquals(db.Database.CurrentTransaction, deferredIn);

    /// <summary>Every stored article's canonical URL and content hash (about 100 bytes an article), read once for a bulk import.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StoredFingerprintsAsync(CancellationToken ct = default) =>
        await db.Articles.AsNoTracking().Select(a => new { a.CanonicalUrl, a.ContentHash }).ToDictionaryAsync(a => a.CanonicalUrl, a => a.ContentHash, ct);

    /// <summary>Articles stored since the last rebuild changed the disputes (only with <see cref="DeferDisputes"/>).</summary>
    public bool DisputesStale { get; private set; }

    public async Task RebuildStaleDisputesAsync(CancellationToken ct = default)
    {
        if (DisputesStale)
        {
            await DisputeBuilder.RebuildAsync(db, clock.GetUtcNow().UtcDateTime, ct);
            db.ChangeTracker.Clear();
            DisputesStale = false;
        }
    }

    /// <summary>
    /// Forgets what this ingestor remembered of articles whose transaction was then rolled back (their SimHashes,
    /// the event groups they created), so the next articles are compared with what is really stored.
    /// </summary>
    public void ForgetUncommitted()
    {
        stories = null;
        groupCache.Clear();
        sourceIds.Clear();
        DisputesStale = true;
    }

    private async Task UpdateDisputesAsync(bool affected, DateTime now, CancellationToken ct)
    {
        if (!affected)
        {
            return;
        }
        if (DeferDisputes)
        {
            DisputesStale = true;
            return;
        }
        await DisputeBuilder.RebuildAsync(db, now, ct);
    }

    /// <summary>Keeps an input that could not be ingested as an <see cref="IngestionFailure"/> row, so the app can show it.</summary>
    public async Task RecordFailureAsync(IngestResult failure, CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        db.IngestionFailures.Add(new IngestionFailure { Input = failure.Input, Reason = failure.Error ?? "unknown error", OccurredUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Two web pages on different hosts; a file met again under another path is the same document, not a copy.</summary>
    private static bool IsSyndicatedCopy(string storedUrl, string newUrl) =>
        Uri.TryCreate(storedUrl, UriKind.Absolute, out var stored) && Uri.TryCreate(newUrl, UriKind.Absolute, out var fresh)
        && stored.Scheme.StartsWith("http", StringComparison.Ordinal) && fresh.Scheme.StartsWith("http", StringComparison.Ordinal)
        && !string.Equals(HostOf(stored), HostOf(fresh), StringComparison.OrdinalIgnoreCase);

    // "www.lemonde.fr" and "lemonde.fr" are one site.
    private static string HostOf(Uri url) => url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;

    /// <summary>
    /// An unchanged page fetched again with new validators keeps them, so the next conditional request can get a
    /// 304. Only for the same URL: the validators of a copy elsewhere say nothing about this one.
    /// </summary>
    private async Task RefreshValidatorsAsync(StoredArticle stored, string canonicalUrl, RawDocument document, CancellationToken ct)
    {
        if (stored.CanonicalUrl != canonicalUrl || (document.ETag is null && document.LastModified is null)
            || (stored.ETag == document.ETag && stored.LastModified == document.LastModified))
        {
            return;
        }
        db.ChangeTracker.Clear();
        // A stub with both columns marked: only they are written, a null replaces an old value too.
        var entry = db.Articles.Attach(new Article { Id = stored.Id, ETag = document.ETag, LastModified = document.LastModified });
        entry.Property(a => a.ETag).IsModified = true;
        entry.Property(a => a.LastModified).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<Article> LoadWithFactsAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.Include(a => a.Mentions).Include(a => a.Events).Include(a => a.Quotes)
            .Include(a => a.Claims).Include(a => a.Amounts).AsSplitQuery().FirstAsync(a => a.Id == id, ct);
        FactRemoval.RemoveFacts(db, article);
        return article;
    }

    private void Fill(Article article, PreparedDocument prepared)
    {
        var (document, extracted, _, hash, simHash, _) = prepared;
        article.SimHash = simHash;
        article.Url = document.Url;
        article.Title = extracted.Title;
        article.Author = extracted.Author;
        article.PublishedDate = extracted.Published;
        article.Language = extracted.Language;
        article.ContentType = document.ContentType;
        article.RawContent = document.Content;
        article.Text = extracted.Text;
        article.ContentHash = hash;
        article.ETag = document.ETag;
        article.LastModified = document.LastModified;
        article.FetchedUtc = clock.GetUtcNow().UtcDateTime;
    }

    private static SourceKey SiteOf(string url)
    {
        var uri = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;
        return uri is null || uri.IsFile
            ? new SourceKey(SourceKind.Local, "local", null)
            : new SourceKey(SourceKind.Site, uri.Host.ToLowerInvariant(), $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}/");
    }

    /// <summary>The id of the source, created when new; remembered, since a bulk import files thousands of articles under a few.</summary>
    private async Task<int> SourceIdAsync(SourceKey key, CancellationToken ct)
    {
        if (sourceIds.TryGetValue(key, out var known))
        {
            return known;
        }
        var (kind, name, url) = key;
        // Sites are one per host whatever their scheme; feeds of one host are told apart by their URL.
        var byUrl = kind == SourceKind.Feed;
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Kind == kind && s.Name == name && (!byUrl || s.Url == url), ct);
        if (source is null)
        {
            source = db.Sources.Add(new Source { Kind = kind, Name = name, Url = url, CreatedUtc = clock.GetUtcNow().UtcDateTime }).Entity;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return sourceIds[key] = source.Id;
    }

    private async Task<IReadOnlyDictionary<string, int>> ActorIdsAsync(CancellationToken ct) =>
        actorIds ??= await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Id, ct);

    internal static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
