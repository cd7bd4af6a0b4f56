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
    /// <summary>Where the actor comes from: the registry file, or an admin's edit in the app (kept when the file changes).</summary>
    public ActorOrigin Origin { get; set; }
    /// <summary>Profile in Markdown, seeded from docs/actors/&lt;slug&gt;.md and editable by an admin; null when none.</summary>
    public string? ProfileMarkdown { get; set; }
    public DateTime? ProfileUpdatedUtc { get; set; }
    public List<ActorAlias> Aliases { get; set; } = new();
    public List<ActorAffiliation> Affiliations { get; set; } = new();
    public List<Mention> Mentions { get; set; } = new();
}

public enum ActorOrigin
{
    Registry = 0,
    User = 1,
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
    /// <summary>A literal name, or an epithet ("le patron de SoftBank") that designates the actor only near a mention.</summary>
    public AliasKind Kind { get; set; }
}

public enum AliasKind
{
    Name = 0,
    Epithet = 1,
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
