using AiWatch.Core.Analysis;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// The actor registry as the database holds it: the file's actors plus those added in the app, with their edits,
/// so an article ingested from the app is analysed with every actor an admin has defined.
/// </summary>
public static class StoredRegistry
{
    public static async Task<ActorRegistry> LoadAsync(AiWatchDbContext db, CancellationToken ct = default)
    {
        var actors = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Affiliations)
            .OrderBy(a => a.Id).AsSplitQuery().ToListAsync(ct);
        return new ActorRegistry(actors.Select(ToDefinition));
    }

    private static ActorDefinition ToDefinition(Actor actor) => new()
    {
        Slug = actor.Slug,
        Name = actor.Name,
        Kind = actor.Kind == ActorKind.Person ? "person" : "organisation",
        Role = actor.Role,
        Aliases = actor.Aliases.Where(a => a.Kind == AliasKind.Name).Select(a => a.Text).ToList(),
        Epithets = actor.Aliases.Where(a => a.Kind == AliasKind.Epithet).Select(a => a.Text).ToList(),
        Affiliations = actor.Affiliations.Select(a => new AffiliationDefinition { Organisation = a.Organisation, Role = a.Role }).ToList(),
    };
}
