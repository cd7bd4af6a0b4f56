using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AiWatch.Cli;

/// <summary>
/// <c>aiwatch ingest &lt;url|file|dir&gt;...</c>: store articles with their analysis into the database. One line per
/// input on stdout, failures with their reason on stderr, a progress bar on stderr when it is a terminal, and a
/// summary line at the end.
/// </summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(CommandLine command, CliConsole console, CancellationToken ct)
    {
        if (command.Inputs.Count == 0)
        {
            throw new CliUsageException("give at least one URL, file or directory");
        }
        var threads = Threads(command);
        await using var fetching = FetchingServices();
        var pages = PageFetcherOf(fetching);
        var registry = RegistryLocator.Load(command.Option("--actors"));
        await using var db = await Database.OpenAsync(command, ct);
        var analysisRegistry = await ActorRegistryFromDatabase.SyncAndLoadAsync(db, registry, ct);
        var ingestion = new InputIngestion(
            new ArticleIngestor(db, new ArticleAnalyzer(analysisRegistry), NullLogger.Instance, RegistryLocator.LoadSiteRules(command.Option("--actors"))),
            pages,
            NullLogger.Instance,
            IngestionBatching.Bulk with { Parallelism = threads });
        var progress = new ProgressLine(console.Error, CountInputs(command.Inputs), IsTerminal(console.Error));
        var results = await ingestion.IngestAllAsync(command.Inputs, result => Report(result, console, progress), ct);
        progress.Clear();
        console.Out.WriteLine(SummaryLine(IngestSummary.Of(results)));
        return results.Any(r => r.Status == IngestStatus.Failed) ? 1 : 0;
    }

    /// <summary>
    /// Threads that read and analyse ahead of the writer: one per core by default; fewer leave a core to a web app
    /// serving readers from the same machine during a large import, and 0 does everything on the writer's thread.
    /// </summary>
    internal static int Threads(CommandLine command)
    {
        var text = command.Option("--threads");
        if (text is null)
        {
            return Environment.ProcessorCount;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var threads) && threads is >= 0 and <= 64
            ? threads
            : throw new CliUsageException($"--threads must be a whole number from 0 to 64, not '{text}'");
    }

    /// <summary>
    /// The web app's fetcher (robots.txt, pacing, retries, address check) with its defaults; environment variables
    /// named like the web app's settings (AiWatch__Fetch__AllowPrivateNetworks=true) change them.
    /// </summary>
    internal static ServiceProvider FetchingServices()
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(FetchOptions.Section);
        return new ServiceCollection().AddLogging().AddAiWatchFetching(environment.Bind).BuildServiceProvider();
    }

    internal static PageFetcher PageFetcherOf(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<PageFetcher>();
        }
        catch (OptionsValidationException e)
        {
            throw new CliUsageException(string.Join(" ", e.Failures));
        }
    }

    /// <summary>"3 ingested, 1 updated, 2 duplicates, 1 near-duplicates, 0 failed"; near-duplicates are among the ingested or updated.</summary>
    public static string SummaryLine(IngestSummary summary) =>
        $"{summary.Ingested} ingested, {summary.Updated} updated, {summary.Duplicates} duplicates, {summary.NearDuplicates} near-duplicates, {summary.Failed} failed";

    /// <summary>How many results the inputs will give: one per URL or path, one per supported file of a directory.</summary>
    public static int CountInputs(IEnumerable<string> inputs) =>
        inputs.Sum(input => InputIngestion.IsWebUrl(input) || !Directory.Exists(input) ? 1 : DocumentFiles.Expand([input]).Count());

    // Only the process's own stderr can be a terminal; a writer handed in by a test or a caller never is.
    private static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;

    private static void Report(IngestResult result, CliConsole console, ProgressLine progress)
    {
        progress.Clear();
        if (result.Status == IngestStatus.Failed)
        {
            console.Error.WriteLine($"{result.Input}: {result.Error}");
        }
        else
        {
            var story = result.StoryId is int id ? $"\tstory {id}" : "";
            console.Out.WriteLine($"{result.Status.ToString().ToLowerInvariant()}\t{result.ArticleId}\t{result.Input}{story}");
        }
        progress.Advance(result.Input);
    }
}
