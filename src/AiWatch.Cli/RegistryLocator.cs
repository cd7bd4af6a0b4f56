using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;

namespace AiWatch.Cli;

/// <summary>Finds the actor registry: --actors, else seeds/actors.json of the repository the command runs in.</summary>
public static class RegistryLocator
{
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
