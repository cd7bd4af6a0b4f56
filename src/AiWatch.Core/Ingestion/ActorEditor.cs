using System.Text;
using AiWatch.Core.Analysis.French;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// An actor as an admin types it. <see cref="Id"/> null adds an actor (its slug made from the name);
/// otherwise updates that actor, keeping its slug so links stay valid.
/// </summary>
public sealed record ActorInput(string Name, ActorKind Kind, string? Role = null, IReadOnlyList<string>? Aliases = null, IReadOnlyList<string>? Epithets = null)
{
    public int? Id { get; init; }
}

/// <summary>A refused actor edit; the message is in French, shown as is on the admin form.</summary>
public sealed class ActorValidationException(string message) : Exception(message);

/// <summary>Adds or updates an actor from the app. Saved actors are <see cref="ActorOrigin.User"/>: the registry file no longer overwrites or retires them.</summary>
public static class ActorEditor
{
    /// <exception cref="ActorValidationException">Empty name, a name without letters, an unknown id, a slug taken, or a name/alias/epithet that already names another actor.</exception>
    public static async Task<Actor> SaveAsync(AiWatchDbContext db, ActorInput input, CancellationToken ct = default)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw new ActorValidationException("Le nom est obligatoire.");
        }
        var actors = await db.Actors.Include(a => a.Aliases).ToListAsync(ct);
        var actor = input.Id is { } id
            ? actors.FirstOrDefault(a => a.Id == id) ?? throw new ActorValidationException($"Aucun acteur n’a l’identifiant {id}.")
            : NewActor(name, actors, db);
        var aliases = Clean(input.Aliases, name);
        var epithets = Clean(input.Epithets, name).Where(e => !aliases.Contains(e, SurfaceComparer.Instance)).ToList();
        CheckUnique([name, .. aliases, .. epithets], actors.Where(a => a != actor));

        actor.Name = name;
        actor.Kind = input.Kind;
        actor.Role = string.IsNullOrWhiteSpace(input.Role) ? null : input.Role.Trim();
        actor.Origin = ActorOrigin.User;
        actor.Aliases.Clear();
        actor.Aliases.AddRange(aliases.Select(text => new ActorAlias { Text = text, Kind = AliasKind.Name }));
        actor.Aliases.AddRange(epithets.Select(text => new ActorAlias { Text = text, Kind = AliasKind.Epithet }));
        await db.SaveChangesAsync(ct);
        return actor;
    }

    /// <summary>"Clément Delangue" → "clement-delangue": accents folded, lower case, every run of other characters one hyphen.</summary>
    public static string SlugFor(string name)
    {
        var folded = FrenchText.Fold(name.Replace("œ", "oe").Replace("Œ", "Oe").Replace("æ", "ae").Replace("Æ", "Ae"));
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }

    private static Actor NewActor(string name, IReadOnlyList<Actor> actors, AiWatchDbContext db)
    {
        var slug = SlugFor(name);
        if (slug.Length == 0)
        {
            throw new ActorValidationException($"Le nom « {name} » doit contenir au moins une lettre ou un chiffre.");
        }
        if (actors.FirstOrDefault(a => a.Slug == slug) is { } taken)
        {
            throw new ActorValidationException($"Un acteur a déjà l’identifiant « {slug} » ({taken.Name}).");
        }
        return db.Actors.Add(new Actor { Slug = slug }).Entity;
    }

    /// <summary>Trimmed, blank entries and repeats dropped, the name itself left out.</summary>
    private static List<string> Clean(IReadOnlyList<string>? values, string name) =>
        (values ?? [])
            .Select(v => v.Trim())
            .Where(v => v.Length > 0 && !SurfaceComparer.Instance.Equals(v, name))
            .Distinct(SurfaceComparer.Instance)
            .ToList();

    /// <summary>Each surface form may name one actor only, or the analyser could not tell them apart.</summary>
    private static void CheckUnique(IEnumerable<string> surfaces, IEnumerable<Actor> others)
    {
        var owners = new Dictionary<string, Actor>(SurfaceComparer.Instance);
        foreach (var other in others)
        {
            foreach (var text in other.Aliases.Select(a => a.Text).Prepend(other.Name))
            {
                owners.TryAdd(text, other);
            }
        }
        foreach (var surface in surfaces)
        {
            if (owners.TryGetValue(surface, out var owner))
            {
                throw new ActorValidationException($"« {surface} » désigne déjà {owner.Name} ({owner.Slug}).");
            }
        }
    }

    /// <summary>Surface forms compared as the analyser reads them: accents and case ignored.</summary>
    private sealed class SurfaceComparer : IEqualityComparer<string>
    {
        public static readonly SurfaceComparer Instance = new();

        public bool Equals(string? x, string? y) =>
            string.Equals(x is null ? null : FrenchText.Fold(x), y is null ? null : FrenchText.Fold(y), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(FrenchText.Fold(obj));
    }
}
