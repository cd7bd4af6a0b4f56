namespace AiWatch.Core.Ingestion;

/// <summary>Where the repository's <c>seeds/</c> folder is when no setting names it.</summary>
public static class SeedPaths
{
    public const string ActorsFile = "actors.json";
    public const string SourcesFile = "sources.json";

    /// <summary>The site rules of a seeds folder's sources.json, or none when the file is absent.</summary>
    public static Extraction.SiteRules SiteRulesIn(string? seedsFolder)
    {
        var path = seedsFolder is null ? null : Path.Combine(seedsFolder, SourcesFile);
        if (path is null || !File.Exists(path))
        {
            return Extraction.SiteRules.Empty;
        }
        try
        {
            return Extraction.SiteRules.Load(path);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"Site rules {path}: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Site rules {path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The nearest <c>seeds/</c> folder holding actors.json, looking up from the working directory and then
    /// from the program's own folder, so both <c>dotnet run</c> and a built binary find the repository's seeds.
    /// </summary>
    public static string? FindSeedsFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(candidate, ActorsFile)))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
