using AiWatch.Core.Analysis;
using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// Brings the Actors table in line with the registry file: adds new actors, updates names, roles, aliases
/// (names and epithets) and affiliations, deletes retired ones. Actors an admin added or edited in the app
/// (<see cref="ActorOrigin.User"/>) are left as they are: the admin's version wins over the file.
/// </summary>
public static class ActorSync
{
    /// <summary>Returns how many actors were added.</summary>
    public static async Task<int> SyncAsync(Storage.AiWatchDbContext db, ActorRegistry registry, CancellationToken ct = default)
    {
        var existing = await db.Actors.Include(a => a.Aliases).Include(a => a.Affiliations).ToDictionaryAsync(a => a.Slug, ct);
        var added = 0;
        foreach (var definition in registry.Actors)
        {
            if (!existing.TryGetValue(definition.Slug, out var actor))
            {
                actor = new Actor { Slug = definition.Slug, Origin = ActorOrigin.Registry };
                db.Actors.Add(actor);
                added++;
            }
            else if (actor.Origin == ActorOrigin.User)
            {
                continue;
            }
            Apply(definition, actor);
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>
    /// Deletes the actors the registry no longer lists once no stored fact points to them: re-analysis removes
    /// their facts first, and one still cited by an article not yet re-analysed stays until then. Without this
    /// they would linger in actor lists and counts forever. Actors added in the app are never retired by the file.
    /// Returns how many were deleted.
    /// </summary>
    public static async Task<int> RemoveRetiredAsync(Storage.AiWatchDbContext db, ActorRegistry registry, CancellationToken ct = default)
    {
        var listed = registry.Actors.Select(a => a.Slug).ToList();
        var retired = await db.Actors
            .Where(a => a.Origin == ActorOrigin.Registry && !listed.Contains(a.Slug))
            .Where(a => !db.Mentions.Any(m => m.ActorId == a.Id)
                && !db.EventActors.Any(e => e.ActorId == a.Id)
                && !db.Quotes.Any(q => q.SpeakerActorId == a.Id)
                && !db.Claims.Any(c => c.SpeakerActorId == a.Id || c.TargetActorId == a.Id))
            .ToListAsync(ct);
        db.Actors.RemoveRange(retired);
        await db.SaveChangesAsync(ct);
        return retired.Count;
    }

    private static void Apply(ActorDefinition definition, Actor actor)
    {
        actor.Name = definition.Name;
        actor.Kind = definition.IsPerson ? ActorKind.Person : ActorKind.Organisation;
        actor.Role = definition.Role;
        var aliases = definition.Aliases.Distinct().Select(text => (text, AliasKind.Name))
            .Concat(definition.Epithets.Distinct().Select(text => (text, AliasKind.Epithet)))
            .ToList();
        if (!actor.Aliases.OrderBy(a => a.Id).Select(a => (a.Text, a.Kind)).SequenceEqual(aliases))
        {
            actor.Aliases.Clear();
            actor.Aliases.AddRange(aliases.Select(a => new ActorAlias { Text = a.text, Kind = a.Item2 }));
        }
        var affiliations = definition.Affiliations.Select(a => (a.Organisation, a.Role)).ToList();
        if (!actor.Affiliations.Select(a => (a.Organisation, a.Role)).SequenceEqual(affiliations))
        {
            actor.Affiliations.Clear();
            actor.Affiliations.AddRange(affiliations.Select(a => new ActorAffiliation { Organisation = a.Organisation, Role = a.Role }));
        }
    }
}
