using System.Diagnostics;
using AiWatch.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AiWatch.Core.Tests.Cli;

/// <summary>
/// The fault of issue 6: `aiwatch ingest` killed with SIGKILL in the middle of a bulk import. Only what the
/// command shows from outside is checked (its database), so the test holds whatever the write path does inside:
/// the database is consistent, no article is half-stored, and running the import again finishes the job once.
/// </summary>
public sealed class KillDuringIngestTests
{
    private const int FileCount = 300;
    private const int StoredBeforeKill = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_killed_import_leaves_a_consistent_database_and_a_rerun_stores_each_file_once()
    {
        await using var database = await TempDatabase.CreateAsync();
        var folder = WriteArticles(Directory.CreateDirectory(Path.Combine(database.Folder, "articles")).FullName);

        using (var first = StartIngest(folder, database.ConnectionString))
        {
            await WaitForArticlesAsync(first, database.ConnectionString, StoredBeforeKill);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        var storedAtKill = await CountAsync(database.ConnectionString, "SELECT count(*) FROM Articles");
        await DatabaseHealth.AssertIntactAsync(database.ConnectionString);
        await AssertEveryArticleHasItsFactsAsync(database.ConnectionString);

        using (var second = StartIngest(folder, database.ConnectionString))
        {
            await second.WaitForExitAsync().WaitAsync(Patience);
            Assert.True(second.ExitCode == 0, await second.StandardError.ReadToEndAsync());
        }

        Assert.True(storedAtKill is >= StoredBeforeKill and < FileCount, $"{storedAtKill} articles when killed");
        await DatabaseHealth.AssertIntactAsync(database.ConnectionString);
        await AssertEveryArticleHasItsFactsAsync(database.ConnectionString);
        Assert.Equal(FileCount, await CountAsync(database.ConnectionString, "SELECT count(*) FROM Articles"));
        Assert.Equal(FileCount, await CountAsync(database.ConnectionString, "SELECT count(DISTINCT CanonicalUrl) FROM Articles"));
        Assert.Equal(FileCount, await CountAsync(database.ConnectionString, "SELECT count(DISTINCT ContentHash) FROM Articles"));
    }

    /// <summary>
    /// Copies of the seed articles, each made distinct by a line of its own (so none is a duplicate of another):
    /// every one names actors, so every stored one must have mentions.
    /// </summary>
    private static string WriteArticles(string folder)
    {
        var seeds = Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllLines).ToList();
        for (var i = 0; i < FileCount; i++)
        {
            var seed = seeds[i % seeds.Count];
            string[] lines = [$"{seed[0]} (dépêche {i})", $"Dépêche numéro {i} du fil, mise à jour {i % 60} minutes après sa première version.", .. seed[1..]];
            File.WriteAllLines(Path.Combine(folder, $"depeche-{i:D4}.txt"), lines);
        }
        return folder;
    }

    private static Process StartIngest(string folder, string connectionString)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(AiWatch.Cli.CliApp).Assembly.Location, "ingest", folder, "--db", connectionString, "--actors", RepositoryFiles.ActorsJson })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        // Drained so a full pipe never blocks the child.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static async Task WaitForArticlesAsync(Process process, string connectionString, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (await CountAsync(connectionString, "SELECT count(*) FROM Articles") < count)
        {
            if (process.HasExited)
            {
                Assert.Fail("the import ended before it could be killed: " + await process.StandardError.ReadToEndAsync());
            }
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} articles stored after {Patience}");
            await Task.Delay(20);
        }
    }

    private static async Task AssertEveryArticleHasItsFactsAsync(string connectionString)
    {
        Assert.Equal(0, await CountAsync(connectionString, "SELECT count(*) FROM Articles a WHERE NOT EXISTS (SELECT 1 FROM Mentions m WHERE m.ArticleId = a.Id)"));
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        // Read-only and unpooled: the test must never hold the database the way a second writer would.
        await using var connection = new SqliteConnection(connectionString + ";Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
