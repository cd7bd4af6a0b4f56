using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;

namespace AiWatch.Cli;

/// <summary><c>aiwatch extract|analyze</c>: files in, JSON lines out, no database.</summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(CommandLine command, CliConsole console, bool analyze, CancellationToken ct)
    {
        if (command.Inputs.Count == 0)
        {
            throw new CliUsageException("give at least one file or directory");
        }
        var analyzer = analyze ? new ArticleAnalyzer(RegistryLocator.Load(command.Option("--actors"))) : null;
        var siteRules = RegistryLocator.LoadSiteRules(command.Option("--actors"));
        var outPath = command.Option("--out");
        var inputs = DocumentFiles.Expand(command.Inputs).ToList();
        await using var output = outPath is null ? null : OpenOutput(outPath, inputs.Select(i => i.Path));
        var writer = output ?? console.Out;
        var failed = 0;
        foreach (var (path, error) in inputs)
        {
            var line = error is null ? await TryProcessAsync(path, siteRules, analyzer, console, ct) : null;
            if (error is not null)
            {
                console.Error.WriteLine($"{path}: {error}");
            }
            if (line is null)
            {
                failed++;
                continue;
            }
            await writer.WriteLineAsync(line);
        }
        await writer.FlushAsync(ct);
        return failed == 0 ? 0 : 1;
    }

    private static async Task<string?> TryProcessAsync(string path, SiteRules siteRules, ArticleAnalyzer? analyzer, CliConsole console, CancellationToken ct)
    {
        try
        {
            var document = await DocumentFiles.ReadAsync(path, ct);
            var article = ContentExtractor.Extract(document, siteRules);
            var analysis = analyzer?.Analyze(article.Text, article.Published);
            return JsonLines.Article(document.Id, article, analysis);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{path}: {e.Message}");
            return null;
        }
    }

    /// <summary>Opening truncates the file, so it must be neither a directory nor one of the files about to be read.</summary>
    private static StreamWriter OpenOutput(string path, IEnumerable<string> inputs)
    {
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"cannot write {path}: it is a directory");
        }
        var fullPath = Path.GetFullPath(path);
        if (inputs.Any(input => Path.GetFullPath(input) == fullPath))
        {
            throw new CliUsageException($"--out {path} is also an input");
        }
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write {path}: {e.Message}");
        }
    }
}
