using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage;

/// <summary>Recognises the exceptions SQLite and EF Core throw when the database refuses a read or a write, and words them in one line.</summary>
public static class DatabaseError
{
    /// <summary>True for a refused statement (locked, read-only, constraint, disk full…).</summary>
    public static bool Is(Exception e) => e is DbUpdateException or SqliteException;

    /// <summary>"database error: SQLite Error 8: 'attempt to write a readonly database'." rather than EF Core's "see the inner exception".</summary>
    public static string Describe(Exception e) =>
        $"database error: {(e is DbUpdateException { InnerException: { } inner } ? inner : e).Message}";
}
