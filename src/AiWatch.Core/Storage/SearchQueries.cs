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

    /// <summary>
    /// The best of the newest <paramref name="max"/> matches, without snippets: FTS5 walks the matches newest
    /// stored first and stops at <paramref name="max"/>, so bm25 ranks a bounded set however common the words
    /// (ranking every match of a frequent word costs a pass over all of them). Snippets are made for the rows
    /// shown only (<see cref="SnippetsAsync"/>).
    /// </summary>
    public static async Task<IReadOnlyList<SearchHit>> SearchRecentAsync(this AiWatchDbContext db, string? input, int max, CancellationToken ct = default)
    {
        var match = FtsQuery.Build(input);
        if (match is null)
        {
            return Array.Empty<SearchHit>();
        }
        return await db.SearchHits.FromSqlInterpolated($@"
            SELECT Kind, ItemId, ArticleId, Title, '' AS Snippet, Rank FROM (
                SELECT kind AS Kind, item_id AS ItemId, article_id AS ArticleId, title AS Title, rowid AS Row,
                       bm25(search_index, 0, 0, 0, 4.0, 1.0) AS Rank
                FROM search_index
                WHERE search_index MATCH {match}
                ORDER BY rowid DESC
                LIMIT {max})
            ORDER BY Rank, Row")
            .AsNoTracking()
            .ToListAsync(ct);
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
        // The ids are numbers computed here, so they are safe to inline; the user's words stay a parameter.
        var sql = $@"SELECT kind AS Kind, item_id AS ItemId, article_id AS ArticleId, title AS Title,
                     snippet(search_index, 4, '{HighlightStart}', '{HighlightEnd}', '…', 24) AS Snippet, 0.0 AS Rank
                     FROM search_index WHERE search_index MATCH {{0}} AND rowid IN ({string.Join(",", rowids)})";
        var rows = await db.SearchHits.FromSqlRaw(sql, match).AsNoTracking().ToListAsync(ct);
        return rows.ToDictionary(r => (r.Kind, r.ItemId), r => r.Snippet);
    }

    /// <summary>How many rows match, for paging.</summary>
    public static async Task<int> SearchCountAsync(this AiWatchDbContext db, string? input, CancellationToken ct = default)
    {
        var match = FtsQuery.Build(input);
        if (match is null)
        {
            return 0;
        }
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM search_index WHERE search_index MATCH $match";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$match";
            parameter.Value = match;
            command.Parameters.Add(parameter);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
