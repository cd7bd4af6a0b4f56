using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Storage;

/// <summary>A word in most of the index is not ranked by bm25 (a pass over all its matches) but listed newest first.</summary>
public sealed class SearchAtScaleTests
{
    [Fact]
    public async Task A_common_word_lists_its_newest_matches_an_uncommon_one_its_best()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        // Article 1 has "rare" in its title (bm25 puts it first); the others only in their text, and every article says "commun".
        await db.Database.ExecuteSqlRawAsync(@"
            INSERT INTO Sources (Kind, Name, CreatedUtc) VALUES (2, 'local', '2026-01-01');
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0})
            INSERT INTO Articles (SourceId, Url, CanonicalUrl, Title, ContentType, RawContent, Text, ContentHash, FetchedUtc, SimHash)
            SELECT 1, 'file:///' || i, 'file:///' || i, CASE i WHEN 1 THEN 'Un mot rare' ELSE 'Titre' END, 'text/plain', '',
                   'Un mot commun.' || CASE WHEN i <= 3 THEN ' Un mot rare parmi d''autres mots.' ELSE '' END, 'h' || i, '2026-01-01', 0
            FROM n;", SearchQueries.RankedMatches + 1);

        var common = await db.SearchRecentAsync("commun", 10);
        var rare = await db.SearchRecentAsync("rare", 10);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => SearchQueries.RankedMatches + 1 - i), common.Select(h => h.ArticleId));
        Assert.Equal(1, rare[0].ArticleId);
        Assert.Equal(3, rare.Count);
        Assert.Equal(100, await db.SearchCountAsync("commun", cap: 100));
        // Three matches, but bm25 would read every match of "commun": listed newest first too.
        var rareAndCommon = await db.SearchRecentAsync("rare commun", 10);
        Assert.Equal([3, 2, 1], rareAndCommon.Select(h => h.ArticleId));
    }
}
