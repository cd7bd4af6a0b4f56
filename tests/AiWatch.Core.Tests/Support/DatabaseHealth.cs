using Microsoft.Data.Sqlite;

namespace AiWatch.Core.Tests.Support;

/// <summary>
/// What a database must look like after any failure: SQLite's own checks pass, and no article is half-stored
/// (each one analysed and in the search index). Read through SQL only, so it holds whatever writes the rows.
/// </summary>
public static class DatabaseHealth
{
    public static async Task AssertIntactAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        Assert.Equal(["ok"], await ColumnAsync(connection, "PRAGMA integrity_check"));
        Assert.Empty(await ColumnAsync(connection, "PRAGMA foreign_key_check"));
        Assert.Empty(await ColumnAsync(connection, "SELECT Url FROM Articles WHERE AnalyzedUtc IS NULL OR AnalyzerVersion IS NULL"));
        Assert.Empty(await ColumnAsync(connection,
            "SELECT a.Url FROM Articles a WHERE NOT EXISTS (SELECT 1 FROM search_index s WHERE s.kind = 'article' AND s.item_id = a.Id)"));
    }

    /// <summary>The first column of every row, as text.</summary>
    public static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }
}
