using AiWatch.Core.Analysis;
using AiWatch.Core.Facts;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Ingestion;

/// <summary>Counts of a start-up: actors in the registry, seed articles ingested now, already present, failed.</summary>
public sealed record BootstrapResult(int Actors, int Ingested, int AlreadyPresent, int Failed);

/// <summary>
/// Start-up work: migrate, sync the actor registry, re-analyse articles an older analyser version produced,
/// group events not grouped yet, ingest the seed articles. The analyser uses the Actors table (registry file
/// and actors added in the app). Idempotent: a second run finds every seed already stored and writes nothing.
/// </summary>
public static class DatabaseBootstrap
{
    public static async Task<BootstrapResult> InitializeAsync(AiWatchDbContext db, string? seedsPath, ILogger logger, CancellationToken ct = default)
    {
        await StorageSetup.MigrateAsync(db, ct);
        var registry = LoadRegistry(seedsPath, logger);
        if (registry is null)
        {
            return new BootstrapResult(await db.Actors.CountAsync(ct), 0, 0, 0);
        }
        var added = await ActorSync.SyncAsync(db, registry, ct);
        logger.LogInformation("Actor registry: {ActorCount} actors, {AddedCount} new", registry.Actors.Count, added);
        var siteRules = SeedPaths.SiteRulesIn(seedsPath);
        var reanalysed = await new Reanalyzer(db, registry, siteRules).RunAsync(onlyOutdated: true, ct: ct);
        if (reanalysed.Count > 0)
        {
            logger.LogInformation("Re-analysed {ArticleCount} articles with analyser {AnalyzerVersion}: {AddedCount} facts added, {RemovedCount} removed",
                reanalysed.Count, ArticleAnalyzer.Version, reanalysed.Sum(c => c.Added), reanalysed.Sum(c => c.Removed));
        }

        var caughtUp = await FactIndex.CatchUpAsync(db, DateTime.UtcNow, ct);
        if (caughtUp.Groups.Total + caughtUp.Disputes.Total > 0)
        {
            logger.LogInformation("Event groups: {GroupsCreated} created, {GroupsUpdated} updated; disputes: {DisputesCreated} created, {DisputesUpdated} updated, {DisputesDeleted} deleted",
                caughtUp.Groups.Created, caughtUp.Groups.Updated, caughtUp.Disputes.Created, caughtUp.Disputes.Updated, caughtUp.Disputes.Deleted);
        }

        var analyzer = new ArticleAnalyzer(await ActorRegistryFromDatabase.SyncAndLoadAsync(db, registry, ct));
        var ingestion = new InputIngestion(new ArticleIngestor(db, analyzer, logger, siteRules), fetcher: null, logger);
        var results = await ingestion.IngestAllAsync([seedsPath!], ct: ct);
        var summary = IngestSummary.Of(results);
        logger.LogInformation("Seeds from {SeedsPath}: {IngestedCount} articles ingested, {DuplicateCount} already present, {FailedCount} failed",
            seedsPath, summary.Ingested + summary.Updated, summary.Duplicates, summary.Failed);
        return new BootstrapResult(registry.Actors.Count, summary.Ingested + summary.Updated, summary.Duplicates, summary.Failed);
    }

    private static ActorRegistry? LoadRegistry(string? seedsPath, ILogger logger)
    {
        var path = string.IsNullOrEmpty(seedsPath) ? null : Path.Combine(seedsPath, SeedPaths.ActorsFile);
        if (path is null || !File.Exists(path))
        {
            logger.LogWarning("No actor registry at {RegistryPath}: starting without seeds", path ?? "(no seeds folder)");
            return null;
        }
        return ActorRegistry.Load(path);
    }
}
