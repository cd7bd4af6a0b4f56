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
    /// <summary>HTTP validators of the last fetch, sent back on a re-fetch (conditional request).</summary>
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    /// <summary>64-bit SimHash of the text's shingles, for near-duplicate detection.</summary>
    public long SimHash { get; set; }
    /// <summary>The story this article tells; copies of one story on several sites share it.</summary>
    public int? StoryId { get; set; }
    public Story? Story { get; set; }
    public List<ArticleRevision> Revisions { get; set; } = new();

    public List<Mention> Mentions { get; set; } = new();
    public List<Event> Events { get; set; } = new();
    public List<Quote> Quotes { get; set; } = new();
    public List<Claim> Claims { get; set; } = new();
    public List<Amount> Amounts { get; set; } = new();
    public List<CoMention> CoMentions { get; set; } = new();
}

/// <summary>An earlier version of an article, kept when a re-fetch found changed text.</summary>
public sealed class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string? Title { get; set; }
    public string Text { get; set; } = "";
    public string RawContent { get; set; } = "";
    public string ContentHash { get; set; } = "";
    /// <summary>When this version was fetched, and when a newer one replaced it.</summary>
    public DateTime FetchedUtc { get; set; }
    public DateTime ReplacedUtc { get; set; }
}

/// <summary>One story told by near-identical articles (syndication): the first outlet and how many copies.</summary>
public sealed class Story
{
    public int Id { get; set; }
    public int FirstArticleId { get; set; }
    public int ArticleCount { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<Article> Articles { get; set; } = new();
}
