using System.Security.Cryptography;
using System.Text;
using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;
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
    private readonly SiteRules siteRules = siteRules ?? SiteRules.Empty;
    private readonly StoryLinker stories = new(db);
    private Dictionary<string, int>? actorIds;

    public Task<IngestResult> IngestAsync(RawDocument document, CancellationToken ct = default) => IngestAsync(document, null, ct);

    /// <summary>Stores <paramref name="document"/>; a new article is filed under <paramref name="source"/> when given, else under its site.</summary>
    public async Task<IngestResult> IngestAsync(RawDocument document, SourceKey? source, CancellationToken ct = default)
    {
        var extracted = ContentExtractor.Extract(document, siteRules);
        if (string.IsNullOrWhiteSpace(extracted.Text))
        {
            return IngestResult.Failure(document.Url, "no article text found");
        }
        var canonicalUrl = UrlCanonicalizer.Canonicalize(document.Url);
        var hash = Sha256(extracted.Text);
        // Only ids and hashes: the raw content and text of a stored article are not needed to recognise it.
        var existing = await StoredAsync(a => a.CanonicalUrl == canonicalUrl, ct) ?? await StoredAsync(a => a.ContentHash == hash, ct);
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
        var isUpdate = existing is not null;
        var now = clock.GetUtcNow().UtcDateTime;
        var simHash = SimHash.Compute(extracted.Text);
        var near = await stories.NearAsync(simHash, existing?.Id, ct);
        var article = isUpdate ? await LoadWithFactsAsync(existing!.Id, ct) : new Article { CanonicalUrl = canonicalUrl };
        if (isUpdate)
        {
            article.Revisions.Add(ArticleRevisions.Snapshot(article, now));
        }
        else
        {
            article.Source = await SourceForAsync(source ?? SiteOf(document.Url), ct);
            db.Articles.Add(article);
        }
        Fill(article, document, extracted, hash);
        article.SimHash = simHash;
        new FactMapper(await ActorIdsAsync(ct)).Apply(article, analyzer.Analyze(article.Text, article.PublishedDate), now);
        Story? story;
        try
        {
            // Two saves (the story needs the new article's id), one transaction: all of it or nothing. A caller's
            // own transaction already covers both.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await db.SaveChangesAsync(ct);
            story = await stories.LinkAsync(article, near, now, ct);
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        finally
        {
            // A refused save must not leave its entities tracked for the next document's SaveChanges.
            db.ChangeTracker.Clear();
        }
        stories.Remember(article.Id, simHash);
        await Facts.FactIndex.AfterArticleSavedAsync(db, article.Id, clock.GetUtcNow().UtcDateTime, replacedFacts: isUpdate, ct);
        logger.LogInformation("Stored {Url} as article {ArticleId} ({Status})", document.Url, article.Id, isUpdate ? "updated" : "new");
        return new IngestResult(document.Url, isUpdate ? IngestStatus.Updated : IngestStatus.Ingested, article.Id, null) { StoryId = story?.Id };
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

    private sealed record StoredArticle(int Id, string ContentHash, string CanonicalUrl, string? ETag, string? LastModified);

    private Task<StoredArticle?> StoredAsync(System.Linq.Expressions.Expression<Func<Article, bool>> match, CancellationToken ct) =>
        db.Articles.Where(match).Select(a => new StoredArticle(a.Id, a.ContentHash, a.CanonicalUrl, a.ETag, a.LastModified)).FirstOrDefaultAsync(ct);

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

    private void Fill(Article article, RawDocument document, ExtractedArticle extracted, string hash)
    {
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

    private async Task<Source> SourceForAsync(SourceKey key, CancellationToken ct)
    {
        var (kind, name, url) = key;
        // Sites are one per host whatever their scheme; feeds of one host are told apart by their URL.
        var byUrl = kind == SourceKind.Feed;
        return await db.Sources.FirstOrDefaultAsync(s => s.Kind == kind && s.Name == name && (!byUrl || s.Url == url), ct)
            ?? db.Sources.Local.FirstOrDefault(s => s.Kind == kind && s.Name == name && (!byUrl || s.Url == url))
            ?? db.Sources.Add(new Source { Kind = kind, Name = name, Url = url, CreatedUtc = clock.GetUtcNow().UtcDateTime }).Entity;
    }

    private async Task<IReadOnlyDictionary<string, int>> ActorIdsAsync(CancellationToken ct) =>
        actorIds ??= await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Id, ct);

    internal static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
