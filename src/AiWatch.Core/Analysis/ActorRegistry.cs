using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiWatch.Core.Analysis;

/// <summary>One actor of the registry (<c>seeds/actors.json</c>).</summary>
public sealed record ActorDefinition
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    /// <summary>"person" or "organisation".</summary>
    public required string Kind { get; init; }
    public string? Role { get; init; }
    /// <summary>Other surface forms that name the actor literally ("Musk", "Masa Son", "Softbank").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();
    /// <summary>Descriptions that designate the actor ("le patron de SoftBank"); kept apart from literal mentions.</summary>
    public IReadOnlyList<string> Epithets { get; init; } = Array.Empty<string>();
    public IReadOnlyList<AffiliationDefinition> Affiliations { get; init; } = Array.Empty<AffiliationDefinition>();

    public bool IsPerson => string.Equals(Kind, "person", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A person's tie to an organisation.</summary>
public sealed record AffiliationDefinition
{
    public required string Organisation { get; init; }
    public string? Role { get; init; }
}

/// <summary>The set of actors the analyser looks for.</summary>
public sealed class ActorRegistry
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public ActorRegistry(IEnumerable<ActorDefinition> actors)
    {
        Actors = actors.ToList();
        var duplicate = Actors.GroupBy(a => a.Slug).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Actor registry: slug '{duplicate.Key}' appears more than once.");
        }
    }

    public IReadOnlyList<ActorDefinition> Actors { get; }

    public ActorDefinition? Find(string slug) => Actors.FirstOrDefault(a => a.Slug == slug);

    /// <summary>Reads a registry file; a malformed file is an <see cref="InvalidDataException"/> naming it.</summary>
    public static ActorRegistry Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"Actor registry {path}: {e.Message}", e);
        }
    }

    public static ActorRegistry Parse(string json)
    {
        var file = JsonSerializer.Deserialize<RegistryFile>(json, JsonOptions)
            ?? throw new InvalidDataException("the registry is empty.");
        foreach (var actor in file.Actors)
        {
            if (string.IsNullOrWhiteSpace(actor.Slug) || string.IsNullOrWhiteSpace(actor.Name))
            {
                throw new InvalidDataException("every actor needs a slug and a name.");
            }
        }
        return new ActorRegistry(file.Actors);
    }

    public string ToJson() => JsonSerializer.Serialize(new RegistryFile { Actors = Actors.ToList() },
        new JsonSerializerOptions(JsonOptions) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull });

    private sealed class RegistryFile
    {
        public List<ActorDefinition> Actors { get; set; } = new();
    }
}
