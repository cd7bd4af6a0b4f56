using AiWatch.Core.Extraction;

namespace AiWatch.Core.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("aiwatch-gen-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Writes_the_articles_in_folders_and_prints_a_summary()
    {
        var output = Path.Combine(folder, "out");

        var run = await CliRunner.RunAsync("generate", "--count", "1005", "--seed", "42", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        Assert.Equal(1005, files.Length);
        Assert.Equal(["000", "001"], Directory.GetDirectories(output).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(Path.Combine(output, "001", "001004.html")) || File.Exists(Path.Combine(output, "001", "001004.txt")));
        Assert.All(files, f => Assert.True(DocumentFiles.IsSupported(f)));
        Assert.Matches(@"^generated 1005 files \(\d+ html, \d+ txt\), [\d.]+ MB in [\d.]+ s into ", Assert.Single(run.OutLines));
    }

    [Fact]
    public async Task An_article_is_the_same_whatever_the_count()
    {
        var few = Path.Combine(folder, "few");
        var more = Path.Combine(folder, "more");

        await CliRunner.RunAsync("generate", "--count", "5", "--seed", "7", "--out", few);
        await CliRunner.RunAsync("generate", "--count", "12", "--seed", "7", "--out", more);

        var fewFiles = Directory.GetFiles(few, "*", SearchOption.AllDirectories).Order().ToList();
        Assert.Equal(5, fewFiles.Count);
        foreach (var file in fewFiles)
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(more, Path.GetRelativePath(few, file))));
        }
    }

    [Theory]
    [InlineData(new[] { "--seed", "1", "--out", "x" }, "--count is required")]
    [InlineData(new[] { "--count", "0", "--seed", "1", "--out", "x" }, "--count takes a whole number between 1 and 10000000 (got '0')")]
    [InlineData(new[] { "--count", "10000001", "--seed", "1", "--out", "x" }, "--count takes a whole number between 1 and 10000000")]
    [InlineData(new[] { "--count", "ten", "--seed", "1", "--out", "x" }, "(got 'ten')")]
    [InlineData(new[] { "--count", "3", "--out", "x" }, "--seed is required")]
    [InlineData(new[] { "--count", "3", "--seed", "1.5", "--out", "x" }, "--seed takes a whole number")]
    [InlineData(new[] { "--count", "3", "--seed", "1" }, "--out is required")]
    [InlineData(new[] { "somewhere", "--count", "3", "--seed", "1", "--out", "x" }, "generate takes no file or URL")]
    public async Task Bad_arguments_are_usage_errors(string[] arguments, string message)
    {
        var run = await CliRunner.RunAsync(["generate", .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists("x"));
    }

    [Fact]
    public async Task A_non_empty_output_directory_is_refused_and_left_alone()
    {
        var kept = Path.Combine(folder, "notes.txt");
        File.WriteAllText(kept, "à garder");

        var run = await CliRunner.RunAsync("generate", "--count", "3", "--seed", "1", "--out", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not empty", run.Error);
        Assert.Equal([kept], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task An_empty_existing_directory_is_used()
    {
        var run = await CliRunner.RunAsync("generate", "--count", "3", "--seed", "-5", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length);
    }
}
