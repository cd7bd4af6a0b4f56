using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Facts;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Ingestion;

/// <summary>What one article's re-analysis changed: facts (mentions, co-mentions, events, quotes, claims, amounts) added and removed.</summary>
public sealed record ReanalysisChange(int ArticleId, string? Title, int Added, int Removed);

/// <summary>What a re-analysis run changed: per article, and in the cross-article event groups and disputes.</summary>
public sealed record ReanalysisReport(IReadOnlyList<ReanalysisChange> Articles, FactIndexChange Index);

/// <summary>
/// Re-runs extraction (from the stored raw content) and analysis over every stored article, one article per
/// transaction, after a registry or rule change; reports what changed. The analyser uses the Actors table once
/// the registry file is synced into it, so actors added in the app are found too.
/// </summary>
public sealed class Reanalyzer(AiWatchDbContext db, ActorRegistry registry, SiteRules? siteRules = null, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly SiteRules siteRules = siteRules ?? SiteRules.Empty;

    /// <param name="onArticle">Called after each article is saved, for progress reports.</param>
    /// <param name="onlyOutdated">Only articles analysed by another analyser version than <see cref="ArticleAnalyzer.Version"/>.</param>
    /// <param name="ct">Stops between articles; finished articles stay saved.</param>
    public async Task<IReadOnlyList<ReanalysisChange>> RunAsync(Action<ReanalysisChange>? onArticle = null, bool onlyOutdated = false, CancellationToken ct = default) =>
        (await RunWithTotalsAsync(onArticle, onlyOutdated, ct)).Articles;

    /// <summary>As <see cref="RunAsync"/>, with the event groups and disputes created, updated and deleted.</summary>
    public async Task<ReanalysisReport> RunWithTotalsAsync(Action<ReanalysisChange>? onArticle = null, bool onlyOutdated = false, CancellationToken ct = default)
    {
        var analysisRegistry = await ActorRegistryFromDatabase.SyncAndLoadAsync(db, registry, ct);
        var actorIds = await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Id, ct);
        var slugs = actorIds.ToDictionary(p => p.Value, p => p.Key);
        var analyzer = new ArticleAnalyzer(analysisRegistry);
        var articles = onlyOutdated ? db.Articles.Where(a => a.AnalyzerVersion != ArticleAnalyzer.Version) : db.Articles;
        var ids = await articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var changes = new List<ReanalysisChange>();
        if (ids.Count == 0)
        {
            // The start-up check of a large, current database: no snapshot of every group, no whole-corpus pass.
            await ActorSync.RemoveRetiredAsync(db, registry, ct);
            return new ReanalysisReport(changes, FactIndexChange.None);
        }
        var groupsBefore = await EventGrouping.SnapshotAsync(db, ct);
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var article = await db.Articles.Include(a => a.Mentions).Include(a => a.Events).ThenInclude(e => e.Actors)
                .Include(a => a.Quotes).Include(a => a.Claims).Include(a => a.Amounts).Include(a => a.CoMentions).AsSplitQuery()
                .FirstAsync(a => a.Id == id, ct);
            var before = FactKeys(article, slugs);
            var formerGroups = article.Events.Where(e => e.GroupId is not null).Select(e => e.GroupId!.Value).Distinct().ToList();
            Reextract(article);
            FactRemoval.RemoveFacts(db, article);
            new FactMapper(actorIds).Apply(article, analyzer.Analyze(article.Text, article.PublishedDate), clock.GetUtcNow().UtcDateTime);
            var after = FactKeys(article, slugs);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await EventGrouping.AssignAsync(db, id, formerGroups, ct);
            var change = new ReanalysisChange(id, article.Title, after.Except(before).Count(), before.Except(after).Count());
            changes.Add(change);
            onArticle?.Invoke(change);
        }
        db.ChangeTracker.Clear();
        // Per article only the groups are kept up to date; disputes span the corpus, so they are rebuilt once.
        await EventGrouping.RepairAsync(db, ct);
        var groups = EventGrouping.Compare(groupsBefore, await EventGrouping.SnapshotAsync(db, ct));
        var disputes = await DisputeBuilder.RebuildAsync(db, clock.GetUtcNow().UtcDateTime, ct);
        db.ChangeTracker.Clear();
        await ActorSync.RemoveRetiredAsync(db, registry, ct);
        return new ReanalysisReport(changes, new FactIndexChange(groups, disputes));
    }

    private void Reextract(Article article)
    {
        var extracted = ContentExtractor.Extract(new RawDocument("", article.Url, article.ContentType, article.RawContent), siteRules);
        if (string.IsNullOrWhiteSpace(extracted.Text))
        {
            return;
        }
        article.Title = extracted.Title;
        article.Author = extracted.Author;
        article.PublishedDate = extracted.Published;
        article.Language = extracted.Language;
        article.Text = extracted.Text;
        article.ContentHash = ArticleIngestor.Sha256(extracted.Text);
        article.SimHash = SimHash.Compute(extracted.Text);
    }

    /// <summary>A stable description of each fact, so old and new analyses can be compared as sets.</summary>
    private static HashSet<string> FactKeys(Article article, IReadOnlyDictionary<int, string> slugs)
    {
        string Slug(int? id) => id is { } value && slugs.TryGetValue(value, out var slug) ? slug : "";
        var keys = new HashSet<string>(StringComparer.Ordinal);
        keys.UnionWith(article.Mentions.Select(m => $"mention|{m.Kind}|{Slug(m.ActorId)}|{m.Start}|{m.Length}"));
        keys.UnionWith(article.CoMentions.Select(c => $"comention|{Slug(c.ActorAId)}|{Slug(c.ActorBId)}|{c.SentenceCount}"));
        keys.UnionWith(article.Events.Select(e =>
            $"event|{e.Type}|{e.EvidenceStart}|{e.Date}|{e.DateApproximate}|{Money(e.AmountValue)}|{e.AmountCurrency}|{string.Join(",", e.Actors.OrderBy(a => a.Position).Select(a => Slug(a.ActorId)))}"));
        keys.UnionWith(article.Quotes.Select(q => $"quote|{q.Start}|{q.Length}|{Slug(q.SpeakerActorId)}|{q.SpeakerName}"));
        keys.UnionWith(article.Claims.Select(c => $"claim|{c.Start}|{c.Length}|{Slug(c.SpeakerActorId)}|{Slug(c.TargetActorId)}"));
        keys.UnionWith(article.Amounts.Select(a => $"amount|{a.Start}|{Money(a.Value)}|{a.Currency}"));
        return keys;
    }

    // Stored amounts come back as REAL: 97.4m × 1e9m ("97400000000.0") and its stored copy must compare equal.
    private static string Money(decimal? value) => value is null ? "" : ((double)value.Value).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
