using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Rendering;

/// <summary>Builds "/articles/5#sentence-3" links: the sentence of an article that holds a fact's offset.</summary>
public sealed class FactLinks
{
    private readonly Dictionary<int, Sentences> sentences;

    public FactLinks(IReadOnlyDictionary<int, string> textsByArticle) =>
        sentences = textsByArticle.ToDictionary(p => p.Key, p => Sentences.Of(p.Value));

    /// <summary>Splits the text of every article the facts on a page come from (a few per page).</summary>
    public static async Task<FactLinks> ForArticlesAsync(AiWatchDbContext db, IEnumerable<int> articleIds, CancellationToken ct)
    {
        var ids = articleIds.Distinct().ToList();
        var texts = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Text })
            .ToDictionaryAsync(a => a.Id, a => a.Text, ct);
        return new FactLinks(texts);
    }

    public static string Article(int articleId) => $"/articles/{articleId}";

    public int SentenceNumber(int articleId, int offset) =>
        sentences.TryGetValue(articleId, out var found) ? found.NumberAt(offset) : 0;

    public string To(int articleId, int offset) => $"{Article(articleId)}#sentence-{SentenceNumber(articleId, offset)}";
}
