using System.Globalization;
using System.Text;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// An actor as typed in the admin form. <paramref name="Slug"/> is null for a new actor (its slug is made from the
/// name) and names the actor being edited otherwise; aliases and epithets are raw lines.
/// </summary>
public sealed record ActorInput(
    string? Slug,
    string Name,
    ActorKind Kind,
    string? Role,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Epithets,
    string? ProfileMarkdown);

/// <summary>What a save did: the actor's slug, or the reason nothing was written; whether its aliases or epithets changed.</summary>
public sealed record ActorSaveResult(string? Slug, string? Error, bool AliasesChanged)
{
    public bool Saved => Error is null;

    public static ActorSaveResult Refused(string error) => new(null, error, false);
}

/// <summary>
/// Adds or updates one actor from the admin form. A new actor is <see cref="ActorOrigin.User"/>; an edited registry
/// actor stays <see cref="ActorOrigin.Registry"/>. Refuses a name or alias that already designates another actor:
/// the analyser could not tell the two apart.
/// </summary>
public static class ActorEditor
{
    public const int MaxNameLength = 200;

    public static Task<ActorSaveResult> SaveAsync(AiWatchDbContext db, ActorInput input, CancellationToken ct = default) =>
        SaveAsync(db, input, TimeProvider.System, ct);

    public static async Task<ActorSaveResult> SaveAsync(AiWatchDbContext db, ActorInput input, TimeProvider clock, CancellationToken ct = default)
    {
        var name = input.Name.Trim();
        if (name.Length == 0)
        {
            return ActorSaveResult.Refused("Le nom est obligatoire.");
        }
        if (name.Length > MaxNameLength)
        {
            return ActorSaveResult.Refused($"Le nom dépasse {MaxNameLength} caractères.");
        }
        var actor = input.Slug is null ? null : await db.Actors.Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Slug == input.Slug, ct);
        if (input.Slug is not null && actor is null)
        {
            return ActorSaveResult.Refused($"Aucun acteur « {input.Slug} ».");
        }
        if (actor is null)
        {
            var slug = SlugOf(name);
            if (slug.Length == 0)
            {
                return ActorSaveResult.Refused("Le nom doit contenir au moins une lettre ou un chiffre.");
            }
            if (await db.Actors.AnyAsync(a => a.Slug == slug, ct))
            {
                return ActorSaveResult.Refused($"Un acteur existe déjà à l’adresse « {slug} ».");
            }
            actor = new Actor { Slug = slug, Origin = ActorOrigin.User };
            db.Actors.Add(actor);
        }

        var aliases = CleanLines(input.Aliases, name);
        var epithets = CleanLines(input.Epithets, name).Where(e => !aliases.Contains(e, StringComparer.OrdinalIgnoreCase)).ToList();
        var clash = await FirstClashAsync(db, actor.Id, [name, .. aliases, .. epithets], ct);
        if (clash is not null)
        {
            db.ChangeTracker.Clear();
            return ActorSaveResult.Refused(clash);
        }

        var aliasesChanged = ApplyAliases(actor, aliases, epithets) || actor.Name != name;
        actor.Name = name;
        actor.Kind = input.Kind;
        actor.Role = string.IsNullOrWhiteSpace(input.Role) ? null : input.Role.Trim();
        var profile = string.IsNullOrWhiteSpace(input.ProfileMarkdown) ? null : input.ProfileMarkdown.Trim().ReplaceLineEndings("\n");
        if (profile != actor.ProfileMarkdown)
        {
            actor.ProfileMarkdown = profile;
            actor.ProfileUpdatedUtc = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
        return new ActorSaveResult(actor.Slug, null, aliasesChanged);
    }

    /// <summary>"Élisabeth Borne" → "elisabeth-borne": accents folded, anything but letters and digits becomes one hyphen.</summary>
    public static string SlugOf(string name)
    {
        var slug = new StringBuilder();
        // Ligatures have no decomposition: "Œuvre" would lose its first letter.
        var spelled = name.Replace("œ", "oe").Replace("Œ", "Oe").Replace("æ", "ae").Replace("Æ", "Ae");
        foreach (var c in spelled.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }

    /// <summary>Trimmed, without blanks, duplicates (ignoring case) or the actor's own name.</summary>
    private static List<string> CleanLines(IEnumerable<string> lines, string name) =>
        lines.Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static async Task<string?> FirstClashAsync(AiWatchDbContext db, int actorId, IReadOnlyList<string> forms, CancellationToken ct)
    {
        // Few hundred rows at most: compared in memory, where case folding follows .NET rather than SQLite's ASCII-only NOCASE.
        var others = await db.Actors.AsNoTracking().Where(a => a.Id != actorId)
            .Select(a => new { a.Name, a.Slug, Aliases = a.Aliases.Select(x => x.Text).ToList() })
            .ToListAsync(ct);
        foreach (var form in forms)
        {
            var owner = others.FirstOrDefault(o => o.Name.Equals(form, StringComparison.OrdinalIgnoreCase)
                || o.Aliases.Contains(form, StringComparer.OrdinalIgnoreCase));
            if (owner is not null)
            {
                return $"« {form} » désigne déjà {owner.Name} ({owner.Slug}) : un nom ou un alias ne peut désigner qu’un acteur.";
            }
        }
        return null;
    }

    private static bool ApplyAliases(Actor actor, List<string> aliases, List<string> epithets)
    {
        var wanted = aliases.Select(t => (t, AliasKind.Name)).Concat(epithets.Select(t => (t, AliasKind.Epithet))).ToList();
        if (actor.Aliases.Select(a => (a.Text, a.Kind)).SequenceEqual(wanted))
        {
            return false;
        }
        actor.Aliases.Clear();
        actor.Aliases.AddRange(wanted.Select(w => new ActorAlias { Text = w.Item1, Kind = w.Item2 }));
        return true;
    }
}
