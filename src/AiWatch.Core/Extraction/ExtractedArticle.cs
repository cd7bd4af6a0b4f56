namespace AiWatch.Core.Extraction;

/// <summary>
/// What content extraction takes from one page or text file: metadata and the main text,
/// one paragraph per line (no blank lines, no furniture).
/// </summary>
public sealed record ExtractedArticle(
    string? Url,
    string? CanonicalUrl,
    string? Title,
    string? Author,
    DateOnly? Published,
    string? Language,
    string Text);
