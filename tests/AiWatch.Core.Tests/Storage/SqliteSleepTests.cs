using System.Runtime.InteropServices;
using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Storage;

/// <summary>
/// SQLite's pauses (a reader retrying while the writer commits) last what SQLite asks for, not a whole second:
/// checked through the duration SQLite reports having slept, never the clock.
/// </summary>
public sealed class SqliteSleepTests
{
    [Fact]
    public void A_millisecond_sleep_of_SQLite_is_reported_as_one_millisecond()
    {
        Assert.True(SqliteSleep.EnsurePrecise());

        // sqlite3_sleep returns the milliseconds its file system says it slept: 1000 in the build rounding to seconds.
        Assert.Equal(1, sqlite3_sleep(1));
        Assert.Equal(3, sqlite3_sleep(3));
    }

    [Fact]
    public async Task A_write_ahead_log_database_is_written_and_read_through_the_precise_file_system()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE probe(x); INSERT INTO probe VALUES (1), (2);");

        await using var reader = database.Open();
        await reader.Database.OpenConnectionAsync();
        await using var command = reader.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM probe) || ' ' || (SELECT journal_mode FROM pragma_journal_mode)";

        Assert.Equal("2 wal", await command.ExecuteScalarAsync());
        Assert.Equal(1, sqlite3_sleep(1));
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_sleep(int milliseconds);
}
