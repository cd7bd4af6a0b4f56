using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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
        await using var fetching = FetchingServices();
        var pages = PageFetcherOf(fetching);
        var registry = RegistryLocator.Load(command.Option("--actors"));
        await using var db = await Database.OpenAsync(command, ct);
        await ActorSync.SyncAsync(db, registry, ct);
        var ingestion = new InputIngestion(
            new ArticleIngestor(db, new ArticleAnalyzer(registry), NullLogger.Instance, RegistryLocator.LoadSiteRules(command.Option("--actors"))),
            pages,
            NullLogger.Instance);
        var results = await ingestion.IngestAllAsync(command.Inputs, result => Report(result, console), ct);
        var summary = IngestSummary.Of(results);
        console.Out.WriteLine($"{summary.Ingested} ingested, {summary.Updated} updated, {summary.Duplicates} duplicates, {summary.Failed} failed");
        return summary.Failed == 0 ? 0 : 1;
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
