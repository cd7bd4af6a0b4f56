namespace AiWatch.Core.Model;

/// <summary>Where articles come from: a site (host), a feed, or a local folder.</summary>
public sealed class Source
{
    public int Id { get; set; }
    public SourceKind Kind { get; set; }
    /// <summary>Host name for sites and feeds ("www.lemonde.fr"), "local" for files.</summary>
    public string Name { get; set; } = "";
    /// <summary>Feed URL for feeds, site root for sites, null for local files.</summary>
    public string? Url { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<Article> Articles { get; set; } = new();
}

public enum SourceKind
{
    Site = 0,
    Feed = 1,
    Local = 2,
}
