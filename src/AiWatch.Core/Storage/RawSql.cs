using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage;

/// <summary>
/// A plain command on the context's connection, for the reads EF Core 6 cannot express (window functions, a fixed
/// join order, FTS5 functions) or would compile anew for every distinct SQL text.
/// </summary>
internal static class RawSql
{
    /// <summary>Runs <paramref name="sql"/> with its named parameters and maps each row with <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(AiWatchDbContext db, string sql, IEnumerable<(string Name, object Value)> parameters,
        Func<DbDataReader, T> read, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
