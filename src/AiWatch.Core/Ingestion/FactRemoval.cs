using AiWatch.Core.Model;
using AiWatch.Core.Storage;

namespace AiWatch.Core.Ingestion;

/// <summary>Deletes an article's analysed facts (loaded collections) before a fresh analysis replaces them.</summary>
internal static class FactRemoval
{
    public static void RemoveFacts(AiWatchDbContext db, Article article)
    {
        db.Mentions.RemoveRange(article.Mentions);
        db.Events.RemoveRange(article.Events);
        db.Quotes.RemoveRange(article.Quotes);
        db.Claims.RemoveRange(article.Claims);
        db.Amounts.RemoveRange(article.Amounts);
        article.Mentions.Clear();
        article.Events.Clear();
        article.Quotes.Clear();
        article.Claims.Clear();
        article.Amounts.Clear();
    }
}
