using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage;

/// <summary>Full-text search over articles, quotes and claims (FTS5, accents and case ignored).</summary>
public static class SearchQueries
{
    /// <summary>Marks the start of a matched term inside <see cref="SearchHit.Snippet"/>.</summary>
    public const char HighlightStart = '\uE000';
    /// <summary>Marks the end of a matched term inside <see cref="SearchHit.Snippet"/>.</summary>
    public const char HighlightEnd = '\uE001';

    /// <summary>Best matches first. Returns an empty list for input with nothing to search.</summary>
    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(this AiWatchDbContext db, string? input, int limit = 20, int offset = 0, CancellationToken ct = default)
    {
        var match = FtsQuery.Build(input);
        if (match is null)
        {
            return Array.Empty<SearchHit>();
        }
        limit = Math.Clamp(limit, 1, 200);
        offset = Math.Max(0, offset);
        // rowid breaks ties between equal ranks, so paging never repeats or skips a hit.
        return await db.SearchHits.FromSqlInterpolated($@"
            SELECT kind AS Kind, item_id AS ItemId, article_id AS ArticleId, title AS Title,
                   snippet(search_index, 4, {HighlightStart.ToString()}, {HighlightEnd.ToString()}, '…', 24) AS Snippet,
                   bm25(search_index, 0, 0, 0, 4.0, 1.0) AS Rank
            FROM search_index
            WHERE search_index MATCH {match}
            ORDER BY Rank, rowid
            LIMIT {limit} OFFSET {offset}")
            .AsNoTracking()
            .ToListAsync(ct);
    }

    /// <summary>Beyond this many matches, of the query or of one of its terms, a query is common: its matches are not ranked by bm25 (see <see cref="SearchRecentAsync"/>).</summary>
    public const int RankedMatches = 5000;

    /// <summary>
    /// Up to <paramref name="max"/> matches, without snippets (<see cref="SnippetsAsync"/> makes them for the rows
    /// shown). bm25 needs, for each query, a pass over every match of each of its terms (their frequencies), so a
    /// word found in 100,000 articles costs tens of milliseconds before the first row: a query with at most
    /// <see cref="RankedMatches"/> matches, none of its terms having more, gets the best <paramref name="max"/> by
    /// bm25 (title 4×, body 1×); a commoner one gets its newest <paramref name="max"/> matches, newest first, which
    /// FTS5 reads straight off its index.
    /// </summary>
    /// <remarks><c>knownMatches</c>: the matches already counted (<see cref="SearchCountAsync"/>, with a cap above <see cref="RankedMatches"/>), so as not to count them twice.</remarks>
    public static async Task<IReadOnlyList<SearchHit>> SearchRecentAsync(this AiWatchDbContext db, string? input, int max, int? knownMatches = null, CancellationToken ct = default)
    {
        var match = FtsQuery.Build(input);
        if (match is null)
        {
            return Array.Empty<SearchHit>();
        }
        var common = (knownMatches ?? await CountAsync(db, match, RankedMatches + 1, ct)) > RankedMatches
            || await HasCommonTermAsync(db, input, match, ct);
        var rank = common ? "-rowid" : "bm25(search_index, 0, 0, 0, 4.0, 1.0)";
        // rowid breaks ties between equal ranks, so paging never repeats or skips a hit.
        return await db.SearchHits.FromSqlRaw($@"
            SELECT kind AS Kind, item_id AS ItemId, article_id AS ArticleId, title AS Title, '' AS Snippet, {rank} AS Rank
            FROM search_index
            WHERE search_index MATCH {{0}}
            ORDER BY {(common ? "rowid DESC" : "Rank, rowid")}
            LIMIT {{1}}", match, max)
            .AsNoTracking()
            .ToListAsync(ct);
    }

    /// <summary>
    /// Whether one of the query's required terms alone has more than <see cref="RankedMatches"/> matches. bm25 reads
    /// every match of each term, not only those of the whole query: "openai musk" has 1,600 matches at 100,000
    /// articles, but ranking them read the 50,000 of "openai" (20 ms). A single term's count is the query's own.
    /// </summary>
    private static async Task<bool> HasCommonTermAsync(AiWatchDbContext db, string? input, string match, CancellationToken ct)
    {
        var terms = FtsQuery.RequiredTerms(input);
        if (terms.Count == 1 && terms[0] == match)
        {
            return false;
        }
        foreach (var term in terms)
        {
            if (await CountAsync(db, term, RankedMatches + 1, ct) > RankedMatches)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The snippet of each given hit (by kind and item id), matched words marked as in <see cref="SearchAsync"/>.</summary>
    public static async Task<IReadOnlyDictionary<(string Kind, int ItemId), string>> SnippetsAsync(this AiWatchDbContext db, string? input,
        IEnumerable<(string Kind, int ItemId)> hits, CancellationToken ct = default)
    {
        var match = FtsQuery.Build(input);
        var rowids = hits.Select(h => h.ItemId * 4L + h.Kind switch { "quote" => 2, "claim" => 3, _ => 1 }).Distinct().ToList();
        if (match is null || rowids.Count == 0)
        {
            return new Dictionary<(string, int), string>();
        }
        // The ids are numbers computed here, so they are safe to inline; the user's words stay a parameter. A plain
        // command, not an EF Core query: the SQL differs with every page of ids, and EF Core compiles each new text.
        // "MATCH … AND rowid IN (…)" made FTS5 look each id up in the doclists of every word (10 ms for 20 rows of a
        // common phrase); a rowid range is read in one pass, and snippet() runs only for the rows shown. The range
        // spans at most the candidates a page is taken from (SearchRecentAsync): the newest few hundred matches of a
        // common query, or the few thousand of a rarer one.
        var sql = $@"SELECT kind, item_id, snippet FROM (
                         SELECT kind, item_id, CASE WHEN rowid IN ({string.Join(",", rowids)})
                             THEN snippet(search_index, 4, '{HighlightStart}', '{HighlightEnd}', '…', 24) END AS snippet
                         FROM search_index WHERE search_index MATCH $match AND rowid BETWEEN {rowids.Min()} AND {rowids.Max()})
                     WHERE snippet IS NOT NULL";
        var rows = await RawSql.ListAsync(db, sql, [("$match", match)],
            reader => (Key: (reader.GetString(0), reader.GetInt32(1)), Snippet: reader.IsDBNull(2) ? "" : reader.GetString(2)), ct);
        return rows.ToDictionary(r => r.Key, r => r.Snippet);
    }

    /// <summary>How many rows match, counted up to <paramref name="cap"/> (a common word matches most of the index: counting stops there).</summary>
    public static async Task<int> SearchCountAsync(this AiWatchDbContext db, string? input, int cap = int.MaxValue, CancellationToken ct = default)
    {
        var match = FtsQuery.Build(input);
        return match is null ? 0 : await CountAsync(db, match, cap, ct);
    }

    private static async Task<int> CountAsync(AiWatchDbContext db, string match, int cap, CancellationToken ct) =>
        (await RawSql.ListAsync(db, "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH $match LIMIT $cap)",
            [("$match", match), ("$cap", cap)], reader => reader.GetInt32(0), ct)).Single();
}
