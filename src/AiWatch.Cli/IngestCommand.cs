using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Scraping;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Cli;

/// <summary><c>aiwatch ingest &lt;url|file|dir&gt;...</c>: store articles with their analysis into the database.</summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(CommandLine command, CliConsole console, CancellationToken ct)
    {
        if (command.Inputs.Count == 0)
        {
            throw new CliUsageException("give at least one URL, file or directory");
        }
        var registry = RegistryLocator.Load(command.Option("--actors"));
        await using var db = await Database.OpenAsync(command, ct);
        var analysisRegistry = await ActorRegistryFromDatabase.SyncAndLoadAsync(db, registry, ct);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("AiWatch/1.0 (+https://github.com/aiwatch)");
        var ingestion = new InputIngestion(
            new ArticleIngestor(db, new ArticleAnalyzer(analysisRegistry), NullLogger.Instance, RegistryLocator.LoadSiteRules(command.Option("--actors"))),
            new PageFetcher(new HttpFetcher(http)),
            NullLogger.Instance);
        var results = await ingestion.IngestAllAsync(command.Inputs, result => Report(result, console), ct);
        var summary = IngestSummary.Of(results);
        console.Out.WriteLine($"{summary.Ingested} ingested, {summary.Updated} updated, {summary.Duplicates} duplicates, {summary.Failed} failed");
        return summary.Failed == 0 ? 0 : 1;
    }

    private static void Report(IngestResult result, CliConsole console)
    {
        if (result.Status == IngestStatus.Failed)
        {
            console.Error.WriteLine($"{result.Input}: {result.Error}");
        }
        else
        {
            console.Out.WriteLine($"{result.Status.ToString().ToLowerInvariant()}\t{result.ArticleId}\t{result.Input}");
        }
    }
}
