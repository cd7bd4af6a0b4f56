using AiWatch.Core.Analysis;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// The registry the analyser should use once the file is synced: every actor of the Actors table (the file's
/// and those added in the app), with names, epithets and affiliations, in id order (the file's order for its
/// actors, since they are added in that order).
/// </summary>
public static class ActorRegistryFromDatabase
{
    public static Task<ActorRegistry> LoadAsync(AiWatchDbContext db, CancellationToken ct = default) =>
        LoadAsync(db.Actors, ct);

    /// <summary>
    /// Syncs the registry file into the table, then reads back the file's actors and those added in the app: the
    /// registry ingestion and re-analysis use. Actors the file dropped are left out, so re-analysis removes their
    /// facts and <see cref="ActorSync.RemoveRetiredAsync"/> can then delete them.
    /// </summary>
    public static async Task<ActorRegistry> SyncAndLoadAsync(AiWatchDbContext db, ActorRegistry file, CancellationToken ct = default)
    {
        await ActorSync.SyncAsync(db, file, ct);
        var listed = file.Actors.Select(a => a.Slug).ToList();
        return await LoadAsync(db.Actors.Where(a => a.Origin == ActorOrigin.User || listed.Contains(a.Slug)), ct);
    }

    private static async Task<ActorRegistry> LoadAsync(IQueryable<Actor> actors, CancellationToken ct)
    {
        var rows = await actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Affiliations)
            .AsSplitQuery().OrderBy(a => a.Id).ToListAsync(ct);
        return new ActorRegistry(rows.Select(ToDefinition));
    }

    private static ActorDefinition ToDefinition(Actor actor)
    {
        var aliases = actor.Aliases.OrderBy(a => a.Id).ToList();
        return new ActorDefinition
        {
            Slug = actor.Slug,
            Name = actor.Name,
            Kind = actor.Kind == ActorKind.Person ? "person" : "organisation",
            Role = actor.Role,
            Aliases = aliases.Where(a => a.Kind == AliasKind.Name).Select(a => a.Text).ToList(),
            Epithets = aliases.Where(a => a.Kind == AliasKind.Epithet).Select(a => a.Text).ToList(),
            Affiliations = actor.Affiliations.OrderBy(a => a.Id)
                .Select(a => new AffiliationDefinition { Organisation = a.Organisation, Role = a.Role }).ToList(),
        };
    }
}
