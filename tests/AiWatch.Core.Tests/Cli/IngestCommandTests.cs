using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Cli;

[Collection(CliEnvironment.Name)]
public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingest_stores_the_seeds_once_and_reanalyze_reports_no_change()
    {
        await using var database = await TempDatabase.CreateAsync();
        var db = new[] { "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson };

        var first = await CliRunner.RunAsync(["ingest", RepositoryFiles.Seeds, .. db]);
        var second = await CliRunner.RunAsync(["ingest", RepositoryFiles.Seeds, .. db]);
        var reanalyze = await CliRunner.RunAsync(["reanalyze", .. db]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("5 ingested, 0 updated, 0 duplicates, 0 near-duplicates, 0 failed", first.OutLines[^1]);
        Assert.Equal("0 ingested, 0 updated, 5 duplicates, 0 near-duplicates, 0 failed", second.OutLines[^1]);
        Assert.Equal(0, reanalyze.ExitCode);
        Assert.EndsWith("0 facts added, 0 removed, 0 articles changed", reanalyze.OutLines[^1]);
    }

    [Fact]
    public async Task Failed_inputs_are_named_on_stderr_and_the_rest_is_stored()
    {
        await using var database = await TempDatabase.CreateAsync();
        var missing = Path.Combine(database.Folder, "absent.html");

        var run = await CliRunner.RunAsync("ingest", missing, "ftp://exemple.fr/a", Path.Combine(RepositoryFiles.Seeds, "002_e6f37c3a724589c3.txt"),
            "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([missing + ": no such file or directory", "ftp://exemple.fr/a: only http and https URLs can be fetched"], run.ErrorLines);
        Assert.Equal("1 ingested, 0 updated, 0 duplicates, 0 near-duplicates, 2 failed", run.OutLines[^1]);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    public async Task One_analysis_thread_or_none_stores_the_same_articles_in_the_same_order(string threads)
    {
        await using var database = await TempDatabase.CreateAsync();

        var run = await CliRunner.RunAsync("ingest", RepositoryFiles.Seeds, "--threads", threads, "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1", "2", "3", "4", "5"], run.OutLines[..^1].Select(line => line.Split('\t')[1]));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65")]
    [InlineData("deux")]
    public async Task A_thread_count_out_of_range_is_a_usage_error(string threads)
    {
        var run = await CliRunner.RunAsync("ingest", RepositoryFiles.Seeds, "--threads", threads, "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"aiwatch ingest: --threads must be a whole number from 0 to 64, not '{threads}'", run.ErrorLines[0]);
    }

    [Fact]
    public async Task An_unusable_database_is_a_clear_usage_error()
    {
        var run = await CliRunner.RunAsync("ingest", RepositoryFiles.Seeds, "--db", "Data Source=/proc/forbidden/x.db", "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("aiwatch ingest: cannot open the database (Data Source=/proc/forbidden/x.db):", run.ErrorLines[0]);
    }

    [Fact]
    public async Task A_cancelled_ingest_says_so_in_one_line_and_stores_nothing()
    {
        await using var database = await TempDatabase.CreateAsync();

        var run = await CliRunner.RunAsync(["ingest", RepositoryFiles.Seeds, "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson],
            new CancellationToken(canceled: true));

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("aiwatch ingest: cancelled", Assert.Single(run.ErrorLines));
        await using var db = database.Open();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_database_refusing_writes_during_reanalyze_is_one_clear_line()
    {
        await using var database = await TempDatabase.CreateAsync();
        var db = new[] { "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson };
        await CliRunner.RunAsync(["ingest", Path.Combine(RepositoryFiles.Seeds, "002_e6f37c3a724589c3.txt"), .. db]);
        await using (var context = database.Open())
        {
            await context.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_mentions BEFORE INSERT ON Mentions BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
        }

        var run = await CliRunner.RunAsync(["reanalyze", .. db]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("aiwatch reanalyze: database error: SQLite Error 19: 'disk says no'.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Urls_are_fetched_from_the_web_and_http_errors_are_named()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var server = await LocalWebServer.StartAsync(app =>
        {
            app.MapGet("/nvidia", () => Results.Content(
                "<html lang=\"fr\"><body><article><h1>Nvidia et OpenAI</h1><p>Nvidia investit dans OpenAI, selon un communiqué publié lundi.</p></article></body></html>",
                "text/html; charset=utf-8"));
            app.MapGet("/gone", () => Results.StatusCode(410));
        });

        // The test server is on loopback, which the fetcher refuses unless told otherwise.
        using var settings = new EnvironmentVariables(("AiWatch__Fetch__AllowPrivateNetworks", "true"), ("AiWatch__Fetch__PerHostInterval", "00:00:00"));

        var run = await CliRunner.RunAsync("ingest", server.BaseUrl + "/nvidia", server.BaseUrl + "/gone",
            "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(server.BaseUrl + "/gone: HTTP 410 Gone", Assert.Single(run.ErrorLines));
        Assert.Equal("1 ingested, 0 updated, 0 duplicates, 0 near-duplicates, 1 failed", run.OutLines[^1]);
        await using var db = database.Open();
        var article = Assert.Single(db.Articles);
        Assert.Equal(server.BaseUrl + "/nvidia", article.CanonicalUrl);
        Assert.Equal("127.0.0.1", db.Sources.Single().Name);
    }

    [Fact]
    public async Task Urls_on_the_local_network_are_refused_by_default()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/page", () => Results.Content("<p>Bonjour</p>", "text/html")));

        var run = await CliRunner.RunAsync("ingest", server.BaseUrl + "/page", "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{server.BaseUrl}/page: refused: 127.0.0.1 resolves to a private address (127.0.0.1, loopback); private networks are not fetched",
            Assert.Single(run.ErrorLines));
        Assert.Equal(0, server.Hits("/page"));
    }

    [Fact]
    public async Task Bad_fetch_settings_in_the_environment_are_a_usage_error()
    {
        using var settings = new EnvironmentVariables(("AiWatch__Fetch__MaxRedirects", "99"));

        var run = await CliRunner.RunAsync("ingest", RepositoryFiles.Seeds, "--db", "Data Source=:memory:", "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("aiwatch ingest: AiWatch:Fetch:MaxRedirects must be between 0 and 20 (got 99).", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_folder_import_sums_up_near_duplicates_and_failures_without_a_bar_when_not_a_terminal()
    {
        await using var database = await TempDatabase.CreateAsync();
        var folder = Directory.CreateDirectory(Path.Combine(database.Folder, "import")).FullName;
        foreach (var name in new[] { "mistral-levee.txt", "mistral-levee-reprise.txt", "mistral-analyse.txt" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Ingestion", "testdata", name), Path.Combine(folder, name));
        }
        File.WriteAllText(Path.Combine(folder, "vide.txt"), "Titre seul\n");

        var run = await CliRunner.RunAsync("ingest", folder, "--db", database.ConnectionString, "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("3 ingested, 0 updated, 0 duplicates, 1 near-duplicates, 1 failed", run.OutLines[^1]);
        Assert.Equal(Path.Combine(folder, "vide.txt") + ": no article text found", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain('\r', run.Error);
        Assert.Contains(run.OutLines, l => l.StartsWith("ingested") && l.EndsWith("mistral-levee.txt\tstory 1"));
        await using var db = database.Open();
        Assert.Equal("no article text found", db.IngestionFailures.Single().Reason);
    }

    [Fact]
    public void Inputs_are_counted_as_the_files_a_folder_holds()
    {
        var seeds = Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Length;

        Assert.Equal(seeds + 2, AiWatch.Cli.IngestCommand.CountInputs([RepositoryFiles.Seeds, "https://exemple.fr/a", "/absent"]));
    }
}
