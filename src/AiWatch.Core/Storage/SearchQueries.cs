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
