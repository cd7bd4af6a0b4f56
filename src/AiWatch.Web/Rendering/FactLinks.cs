using System.Collections.Concurrent;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Rendering;

/// <summary>Builds "/articles/5#sentence-3" links: the sentence of an article that holds a fact's offset.</summary>
public sealed class FactLinks
{
    private readonly Dictionary<int, Sentences> sentences;

    public FactLinks(IReadOnlyDictionary<int, string> textsByArticle) =>
        sentences = textsByArticle.ToDictionary(p => p.Key, p => Sentences.Of(p.Value));

    private FactLinks(Dictionary<int, Sentences> sentences) => this.sentences = sentences;

    /// <summary>Articles whose sentences are kept split, at most: about a kilobyte each.</summary>
    public const int CachedArticles = 10_000;

    // Split texts by (database, article, hash of the text): a page links to the same popular articles again and
    // again, and splitting their texts was most of the cost of a timeline page. The hash changes with the text.
    private static readonly ConcurrentDictionary<(string Database, int Id, string Hash), Sentences> Split = new();

    /// <summary>The sentences of every article the facts on a page come from, split once per version of the text.</summary>
    public static async Task<FactLinks> ForArticlesAsync(AiWatchDbContext db, IEnumerable<int> articleIds, CancellationToken ct)
    {
        var ids = articleIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new FactLinks(new Dictionary<int, Sentences>());
        }
        var database = db.Database.GetConnectionString() ?? "";
        var versions = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.ContentHash }).ToListAsync(ct);
        var found = new Dictionary<int, Sentences>();
        foreach (var version in versions)
        {
            if (Split.TryGetValue((database, version.Id, version.ContentHash), out var known))
            {
                found[version.Id] = known;
            }
        }
        var missing = versions.Where(v => !found.ContainsKey(v.Id)).Select(v => v.Id).ToList();
        if (missing.Count > 0)
        {
            var texts = await db.Articles.AsNoTracking().Where(a => missing.Contains(a.Id)).Select(a => new { a.Id, a.ContentHash, a.Text }).ToListAsync(ct);
            if (Split.Count + texts.Count > CachedArticles)
            {
                // Crude but bounded: the pages in use fill it again within a few requests.
                Split.Clear();
            }
            foreach (var text in texts)
            {
                found[text.Id] = Split[(database, text.Id, text.ContentHash)] = Sentences.Of(text.Text);
            }
        }
        return new FactLinks(found);
    }

    public static string Article(int articleId) => $"/articles/{articleId}";

    public int SentenceNumber(int articleId, int offset) =>
        sentences.TryGetValue(articleId, out var found) ? found.NumberAt(offset) : 0;

    public string To(int articleId, int offset) => $"{Article(articleId)}#sentence-{SentenceNumber(articleId, offset)}";
}
