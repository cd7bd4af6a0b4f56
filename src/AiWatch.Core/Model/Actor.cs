namespace AiWatch.Core.Model;

/// <summary>A person or organisation the app follows.</summary>
public sealed class Actor
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public ActorKind Kind { get; set; }
    /// <summary>Role in one line ("PDG de SoftBank"), if known.</summary>
    public string? Role { get; set; }
    public List<ActorAlias> Aliases { get; set; } = new();
    public List<ActorAffiliation> Affiliations { get; set; } = new();
    public List<Mention> Mentions { get; set; } = new();
}

public enum ActorKind
{
    Person = 0,
    Organisation = 1,
}

/// <summary>A surface form that names the actor ("Masa Son", "Softbank").</summary>
public sealed class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A person's tie to an organisation ("elon-musk" → "tesla", "PDG").</summary>
public sealed class ActorAffiliation
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    /// <summary>Slug of the organisation (may be an actor not in the registry).</summary>
    public string Organisation { get; set; } = "";
    public string? Role { get; set; }
}
