using AiWatch.Core.Model;

namespace AiWatch.Core.Ingestion;

/// <summary>Earlier versions of articles whose text changed between two fetches.</summary>
public static class ArticleRevisions
{
    /// <summary>The version of <paramref name="article"/> as stored now, about to be replaced at <paramref name="replacedUtc"/>.</summary>
    public static ArticleRevision Snapshot(Article article, DateTime replacedUtc) => new()
    {
        ArticleId = article.Id,
        Title = article.Title,
        Text = article.Text,
        RawContent = article.RawContent,
        ContentHash = article.ContentHash,
        FetchedUtc = article.FetchedUtc,
        ReplacedUtc = replacedUtc,
    };
}
