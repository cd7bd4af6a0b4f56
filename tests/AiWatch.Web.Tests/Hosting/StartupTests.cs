using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task First_start_creates_the_database_file_in_wal_mode()
    {
        using var app = new EmptyApplication();

        var journal = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync();
        });

        Assert.True(File.Exists(app.DatabasePath));
        Assert.Equal("wal", journal);
    }
}
