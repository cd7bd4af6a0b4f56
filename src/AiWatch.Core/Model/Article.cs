namespace AiWatch.Core.Model;

/// <summary>One stored article: the raw content as fetched (so analysis can be re-run) and what was extracted from it.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    /// <summary>Where it was read from: an http(s) URL or a file:// URL.</summary>
    public string Url { get; set; } = "";
    /// <summary>Normalised URL used to recognise the same article twice.</summary>
    public string CanonicalUrl { get; set; } = "";
    public string? Title { get; set; }
    public string? Author { get; set; }
    public DateOnly? PublishedDate { get; set; }
    public string? Language { get; set; }
    /// <summary>"text/html" or "text/plain".</summary>
    public string ContentType { get; set; } = "text/plain";
    /// <summary>The raw content as fetched, decoded to text.</summary>
    public string RawContent { get; set; } = "";
    /// <summary>Main text, one paragraph per line; every fact offset points into it.</summary>
    public string Text { get; set; } = "";
    /// <summary>SHA-256 (hex) of the extracted text.</summary>
    public string ContentHash { get; set; } = "";
    public DateTime FetchedUtc { get; set; }
    public DateTime? AnalyzedUtc { get; set; }
    public string? AnalyzerVersion { get; set; }

    public List<Mention> Mentions { get; set; } = new();
    public List<Event> Events { get; set; } = new();
    public List<Quote> Quotes { get; set; } = new();
    public List<Claim> Claims { get; set; } = new();
    public List<Amount> Amounts { get; set; } = new();
}
