using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// A document with everything computed that needs no database: its extracted article, canonical URL, content
/// hash, SimHash and, unless it is already known to be stored unchanged, its analysis.
/// </summary>
public sealed record PreparedDocument(
    RawDocument Document,
    ExtractedArticle Extracted,
    string CanonicalUrl,
    string ContentHash,
    long SimHash,
    AnalysisResult? Analysis);

/// <summary>
/// The CPU-heavy half of ingestion (extraction, hashing, analysis), apart from storage so that a bulk import can
/// run it on every core while one writer stores the results. Thread-safe: it only reads its analyser and rules.
/// </summary>
public sealed class ArticlePreparer(ArticleAnalyzer analyzer, SiteRules? siteRules = null)
{
    private readonly SiteRules siteRules = siteRules ?? SiteRules.Empty;

    /// <summary>
    /// Prepares <paramref name="document"/>; null when it has no article text. <paramref name="storedUnchanged"/>
    /// (canonical URL, content hash) tells a document already stored with the same text: its analysis is skipped,
    /// since storage will find it a duplicate (and analyses it after all if it is not).
    /// </summary>
    public PreparedDocument? Prepare(RawDocument document, Func<string, string, bool>? storedUnchanged = null)
    {
        var extracted = ContentExtractor.Extract(document, siteRules);
        if (string.IsNullOrWhiteSpace(extracted.Text))
        {
            return null;
        }
        var canonicalUrl = UrlCanonicalizer.Canonicalize(document.Url);
        var hash = ArticleIngestor.Sha256(extracted.Text);
        var analysis = storedUnchanged?.Invoke(canonicalUrl, hash) == true ? null : Analyze(extracted);
        return new PreparedDocument(document, extracted, canonicalUrl, hash, SimHash.Compute(extracted.Text), analysis);
    }

    /// <summary>The analysis of an extracted article, dated by its publication (relative dates need it).</summary>
    public AnalysisResult Analyze(ExtractedArticle extracted) => analyzer.Analyze(extracted.Text, extracted.Published);
}
