using AiWatch.Core.Model;
using AiWatch.Core.Storage;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// Deletes an article's analysed facts (loaded collections) before a fresh analysis replaces them. Event groups
/// and disputes the facts fed are refreshed after the save (<see cref="Facts.FactIndex"/>).
/// </summary>
internal static class FactRemoval
{
    public static void RemoveFacts(AiWatchDbContext db, Article article)
    {
        // Co-mentions were added after the callers' loading code; loading them here keeps every caller correct.
        var coMentions = db.Entry(article).Collection(a => a.CoMentions);
        if (article.Id != 0 && !coMentions.IsLoaded)
        {
            coMentions.Load();
        }
        db.CoMentions.RemoveRange(article.CoMentions);
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
        article.CoMentions.Clear();
    }
}
