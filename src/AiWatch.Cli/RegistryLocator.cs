using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;

namespace AiWatch.Cli;

/// <summary>Finds the actor registry: --actors, else seeds/actors.json of the repository the command runs in.</summary>
public static class RegistryLocator
{
    /// <summary>Site rules of the seeds folder (next to --actors when given); none outside a repository.</summary>
    public static SiteRules LoadSiteRules(string? explicitActorsPath)
    {
        var folder = explicitActorsPath is null ? SeedPaths.FindSeedsFolder() : Path.GetDirectoryName(Path.GetFullPath(explicitActorsPath));
        try
        {
            return SeedPaths.SiteRulesIn(folder);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new CliUsageException(e.Message);
        }
    }

    public static ActorRegistry Load(string? explicitPath)
    {
        var seeds = explicitPath is null ? SeedPaths.FindSeedsFolder() : null;
        var path = explicitPath ?? (seeds is null ? null : Path.Combine(seeds, SeedPaths.ActorsFile));
        if (path is null || !File.Exists(path))
        {
            throw new CliUsageException(path is null
                ? "cannot find seeds/actors.json here or in a parent folder; pass --actors F"
                : $"actor registry not found: {path}");
        }
        try
        {
            return ActorRegistry.Load(path);
        }
        catch (InvalidDataException e)
        {
            throw new CliUsageException(e.Message);
        }
    }
}
