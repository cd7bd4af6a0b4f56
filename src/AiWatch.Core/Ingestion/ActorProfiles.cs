using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Ingestion;

/// <summary>Profiles written as Markdown files (<c>docs/actors/&lt;slug&gt;.md</c>) and copied into the database.</summary>
public static class ActorProfiles
{
    /// <summary>The repository's <c>docs/actors</c> folder, found beside the seeds folder; null when there is none.</summary>
    public static string? FolderBeside(string? seedsFolder)
    {
        var parent = seedsFolder is null ? null : Directory.GetParent(Path.GetFullPath(seedsFolder.TrimEnd('/', '\\')));
        var folder = parent is null ? null : Path.Combine(parent.FullName, "docs", "actors");
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }

    /// <summary>
    /// Gives each actor without a profile the one in <paramref name="folder"/> named after its slug. An actor that
    /// already has a profile keeps it: an admin's edit is never overwritten by the file. Returns how many were set.
    /// </summary>
    public static async Task<int> SeedAsync(AiWatchDbContext db, string folder, DateTime nowUtc, CancellationToken ct = default)
    {
        var bare = await db.Actors.Where(a => a.ProfileMarkdown == null).ToListAsync(ct);
        var seeded = 0;
        foreach (var actor in bare)
        {
            var path = Path.Combine(folder, actor.Slug + ".md");
            if (!File.Exists(path))
            {
                continue;
            }
            var text = (await File.ReadAllTextAsync(path, ct)).Trim().ReplaceLineEndings("\n");
            if (text.Length == 0)
            {
                continue;
            }
            actor.ProfileMarkdown = text;
            actor.ProfileUpdatedUtc = nowUtc;
            seeded++;
        }
        await db.SaveChangesAsync(ct);
        return seeded;
    }
}
