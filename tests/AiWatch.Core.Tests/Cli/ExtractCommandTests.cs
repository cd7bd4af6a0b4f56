using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("aiwatch-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_text_file_gives_one_line_with_the_contract_fields()
    {
        var path = Write("musk.txt", "\n  Musk attaque OpenAI  \n\nPremier paragraphe.\nSecond paragraphe.\n");

        var run = await CliRunner.RunAsync("extract", path);

        Assert.Equal(0, run.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement;
        Assert.Equal(["id", "url", "title", "author", "published", "lang", "text"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal("musk", line.GetProperty("id").GetString());
        Assert.Equal("Musk attaque OpenAI", line.GetProperty("title").GetString());
        Assert.Equal("Premier paragraphe.\nSecond paragraphe.", line.GetProperty("text").GetString());
        Assert.StartsWith("file://", line.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Gzipped_html_in_nested_folders_is_read_and_named_without_extensions()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        WriteGzip(Path.Combine("sub", "page.html.gz"), "<html lang=\"fr\"><body><h1>Titre</h1><p>Un paragraphe sur Nvidia.</p></body></html>");
        Write("ignored.pdf", "%PDF");

        var run = await CliRunner.RunAsync("extract", folder);

        Assert.Equal(0, run.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement;
        Assert.Equal("page", line.GetProperty("id").GetString());
        Assert.Contains("Un paragraphe sur Nvidia.", line.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_bad_input_gets_one_stderr_line_and_the_batch_goes_on()
    {
        var good = Write("bon.txt", "Titre\nTexte.");
        var corrupt = Write("casse.html.gz", "pas du gzip");
        var missing = Path.Combine(folder, "absent.txt");

        var run = await CliRunner.RunAsync("extract", corrupt, missing, good);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.OutLines);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith(corrupt + ": not a valid gzip file", run.ErrorLines[0]);
        Assert.Equal(missing + ": no such file or directory", run.ErrorLines[1]);
    }

    [Fact]
    public async Task A_directory_symlink_loop_reads_each_file_once()
    {
        Write("a.txt", "Titre\nTexte.");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "boucle"), folder);

        var run = await CliRunner.RunAsync("extract", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.OutLines);
    }

    [Fact]
    public async Task A_symlinked_directory_outside_the_input_is_not_followed()
    {
        var elsewhere = Directory.CreateTempSubdirectory("aiwatch-cli-target-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(elsewhere, "b.txt"), "Titre\nTexte.");
            Write("a.txt", "Titre\nTexte.");
            Directory.CreateSymbolicLink(Path.Combine(folder, "lien"), elsewhere);

            var run = await CliRunner.RunAsync("extract", folder);

            Assert.Equal(1, run.ExitCode);
            Assert.Single(run.OutLines);
            Assert.Equal($"{Path.Combine(folder, "lien")}: symbolic link to {elsewhere}, outside the imported directory: not followed", Assert.Single(run.ErrorLines));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task Published_is_a_gregorian_iso_date_whatever_the_user_culture()
    {
        var path = Write("a.html", "<html lang=\"fr\"><head><meta property=\"article:published_time\" content=\"2025-02-14T08:00:00Z\"></head>" +
            "<body><h1>Titre</h1><p>Un paragraphe sur Nvidia.</p></body></html>");
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("th-TH");
        try
        {
            var run = await CliRunner.RunAsync("extract", path);

            Assert.Equal("2025-02-14", JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement.GetProperty("published").GetString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task Binary_content_is_refused_with_a_reason()
    {
        var path = Path.Combine(folder, "binaire.txt");
        File.WriteAllBytes(path, [0x00, 0x01, 0x02, 0xFF, 0x00]);

        var run = await CliRunner.RunAsync("extract", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(path + ": binary content, not text", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Out_writes_the_lines_to_a_file()
    {
        var path = Write("a.txt", "Titre\nTexte.");
        var output = Path.Combine(folder, "out", "x.jsonl");

        var run = await CliRunner.RunAsync("extract", path, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Single(File.ReadAllLines(output));
    }

    [Fact]
    public async Task Out_naming_a_directory_is_a_usage_error_saying_so()
    {
        var path = Write("a.txt", "Titre\nTexte.");

        var run = await CliRunner.RunAsync("extract", path, "--out", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"aiwatch extract: cannot write {folder}: it is a directory", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Out_naming_one_of_the_inputs_is_refused_before_it_is_overwritten()
    {
        var path = Write("a.txt", "Titre\nTexte.");

        var run = await CliRunner.RunAsync("extract", folder, "--out", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"aiwatch extract: --out {path} is also an input", Assert.Single(run.ErrorLines));
        Assert.Equal("Titre\nTexte.", File.ReadAllText(path));
    }

    [Fact]
    public async Task Analyze_adds_actors_events_quotes_claims_and_amounts()
    {
        var path = Write("a.txt", "Titre\nElon Musk réclame 134 milliards de dollars à OpenAI.");

        var run = await CliRunner.RunAsync("analyze", path, "--actors", RepositoryFiles.ActorsJson);

        Assert.Equal(0, run.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement;
        foreach (var field in new[] { "actors", "events", "quotes", "claims", "amounts" })
        {
            Assert.True(line.TryGetProperty(field, out _), field);
        }
        Assert.Equal(1, line.GetProperty("actors").GetProperty("elon-musk").GetInt32());
        Assert.Equal(1, line.GetProperty("actors").GetProperty("openai").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "extract" }, "aiwatch extract: give at least one file or directory")]
    [InlineData(new[] { "extract", "a.txt", "--bogus", "1" }, "aiwatch extract: unknown option '--bogus'")]
    [InlineData(new[] { "extract", "a.txt", "--out" }, "aiwatch extract: option '--out' needs a value")]
    [InlineData(new[] { "analyze", "a.txt", "--actors", "/nonexistent/actors.json" }, "aiwatch analyze: actor registry not found: /nonexistent/actors.json")]
    [InlineData(new[] { "frobnicate" }, "aiwatch: unknown command 'frobnicate'")]
    public async Task Usage_errors_exit_2_with_a_clear_message(string[] args, string message)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.ErrorLines[0]);
    }

    [Fact]
    public async Task A_malformed_registry_is_a_usage_error_naming_the_file()
    {
        var registry = Write("actors.json", "{ \"actors\": [ { \"slug\": ");
        var path = Write("a.txt", "Titre\nTexte.");

        var run = await CliRunner.RunAsync("analyze", path, "--actors", registry);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"aiwatch analyze: Actor registry {registry}:", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Malformed_site_rules_next_to_the_registry_are_a_usage_error_naming_the_file()
    {
        File.Copy(RepositoryFiles.ActorsJson, Path.Combine(folder, "actors.json"));
        var sources = Write("sources.json", "{ \"sources\": [ { \"name\": \"sans domaine\" } ] }");
        var path = Write("a.txt", "Titre\nTexte.");

        var run = await CliRunner.RunAsync("extract", path, "--actors", Path.Combine(folder, "actors.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"aiwatch extract: Site rules {sources}: a source has no domain", run.ErrorLines[0]);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private void WriteGzip(string name, string content)
    {
        using var file = File.Create(Path.Combine(folder, name));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
    }
}
