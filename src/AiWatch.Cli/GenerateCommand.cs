using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiWatch.Core.Generation;

namespace AiWatch.Cli;

/// <summary>
/// <c>aiwatch generate --count N --seed S --out dir</c>: writes N deterministic French articles (mostly HTML pages,
/// some plain-text copies) into dir/000/000000.html…, in parallel, then prints a summary line.
/// </summary>
public static class GenerateCommand
{
    public const int MaxCount = 10_000_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Task<int> RunAsync(CommandLine command, CliConsole console, CancellationToken ct)
    {
        if (command.Inputs.Count > 0)
        {
            throw new CliUsageException($"generate takes no file or URL (got '{command.Inputs[0]}'): use --count, --seed and --out");
        }
        var count = Number(command, "--count", 1, MaxCount);
        var seed = Number(command, "--seed", int.MinValue, int.MaxValue);
        var output = command.Option("--out") ?? throw new CliUsageException("--out is required: the directory to write the articles into");
        var generator = NewGenerator(command);
        PrepareOutput(output);
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        var textFiles = 0;
        for (var folder = 0; folder <= (count - 1) / ArticleGenerator.FilesPerFolder; folder++)
        {
            Directory.CreateDirectory(Path.Combine(output, folder.ToString("D3", CultureInfo.InvariantCulture)));
        }
        Parallel.For(0, count, new ParallelOptions { CancellationToken = ct }, index =>
        {
            var article = generator.Generate(seed, index);
            var content = Utf8.GetBytes(article.Content);
            File.WriteAllBytes(Path.Combine(output, article.RelativePath), content);
            Interlocked.Add(ref bytes, content.Length);
            if (!article.IsHtml)
            {
                Interlocked.Increment(ref textFiles);
            }
        });
        watch.Stop();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {count} files ({count - textFiles} html, {textFiles} txt), {bytes / 1048576.0:F1} MB in {watch.Elapsed.TotalSeconds:F1} s into {output}"));
        return Task.FromResult(0);
    }

    private static int Number(CommandLine command, string option, int min, int max)
    {
        var text = command.Option(option) ?? throw new CliUsageException($"{option} is required");
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliUsageException($"{option} takes a whole number between {min} and {max} (got '{text}')");
    }

    private static ArticleGenerator NewGenerator(CommandLine command)
    {
        try
        {
            return new ArticleGenerator(RegistryLocator.Load(command.Option("--actors")));
        }
        catch (InvalidDataException e)
        {
            throw new CliUsageException(e.Message);
        }
    }

    /// <summary>Creates the directory; an existing one must be empty, so a run never mixes with or overwrites other files.</summary>
    private static void PrepareOutput(string output)
    {
        if (File.Exists(output))
        {
            throw new CliUsageException($"--out {output} is a file, not a directory");
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            throw new CliUsageException($"--out {output} is not empty: give a new or empty directory");
        }
        try
        {
            Directory.CreateDirectory(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot create {output}: {e.Message}");
        }
    }
}
