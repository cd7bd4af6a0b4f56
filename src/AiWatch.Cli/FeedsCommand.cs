using System.Globalization;
using AiWatch.Core.Analysis;
using AiWatch.Core.Feeds;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Cli;

/// <summary><c>aiwatch feeds add|list|remove|poll</c>: the feeds the web app polls, managed and polled from the shell.</summary>
public static class FeedsCommand
{
    public const int DefaultIntervalMinutes = 30;

    public static async Task<int> RunAsync(CommandLine command, CliConsole console, CancellationToken ct)
    {
        var action = command.Inputs.FirstOrDefault() ?? throw new CliUsageException("give an action: add, list, remove or poll");
        var arguments = command.Inputs.Skip(1).ToList();
        // Usage is checked before the database is opened (or created).
        Func<AiWatchDbContext, IHttpFetcher, Task<int>> run = action switch
        {
            "add" => Add(Single(arguments, "add needs one URL"), Interval(command)),
            "list" => List(arguments.Count == 0 ? console : throw new CliUsageException("list takes no argument")),
            "remove" => Remove(Single(arguments, "remove needs one feed id or URL")),
            "poll" => Poll(FeedIds(arguments)),
            _ => throw new CliUsageException($"unknown action '{action}': use add, list, remove or poll"),
        };
        // The ingest command's fetcher and settings; resolving its PageFetcher reports bad settings as a usage error.
        await using var fetching = IngestCommand.FetchingServices();
        _ = IngestCommand.PageFetcherOf(fetching);
        var fetcher = fetching.GetRequiredService<IHttpFetcher>();
        await using var db = await Database.OpenAsync(command, ct);
        return await run(db, fetcher);

        Func<AiWatchDbContext, IHttpFetcher, Task<int>> Add(string url, int interval) => (db, fetcher) => AddAsync(Catalog(db, fetcher), url, interval, console, ct);
        Func<AiWatchDbContext, IHttpFetcher, Task<int>> List(CliConsole output) => (db, fetcher) => ListAsync(Catalog(db, fetcher), output, ct);
        Func<AiWatchDbContext, IHttpFetcher, Task<int>> Remove(string idOrUrl) => (db, fetcher) => RemoveAsync(Catalog(db, fetcher), idOrUrl, console, ct);
        Func<AiWatchDbContext, IHttpFetcher, Task<int>> Poll(List<int> ids) => (db, fetcher) => PollAsync(db, fetcher, command, ids, console, ct);
    }

    private static FeedCatalog Catalog(AiWatchDbContext db, IHttpFetcher fetcher) => new(db, fetcher, TimeProvider.System);

    private static async Task<int> AddAsync(FeedCatalog catalog, string url, int interval, CliConsole console, CancellationToken ct)
    {
        try
        {
            var feed = await catalog.AddAsync(url, interval, ct);
            console.Out.WriteLine($"added\t{feed.Id}\t{feed.Url}\t{feed.Title}");
            return 0;
        }
        catch (FeedException e)
        {
            console.Error.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> ListAsync(FeedCatalog catalog, CliConsole console, CancellationToken ct)
    {
        console.Out.WriteLine("id\turl\ttitle\tlast polled\tnext poll\tfailures\tlast error\titems\tfailed items");
        foreach (var f in await catalog.ListAsync(ct))
        {
            console.Out.WriteLine(string.Join('\t', f.Id, f.Url, f.Title ?? "-", Time(f.LastPolledUtc), Time(f.NextPollUtc),
                f.ConsecutiveFailures, f.LastError ?? "-", f.ItemCount, f.FailedItemCount));
        }
        return 0;
    }

    private static async Task<int> RemoveAsync(FeedCatalog catalog, string idOrUrl, CliConsole console, CancellationToken ct)
    {
        if (await catalog.RemoveAsync(idOrUrl, ct))
        {
            console.Out.WriteLine($"removed\t{idOrUrl}");
            return 0;
        }
        console.Error.WriteLine($"{idOrUrl}: no such feed");
        return 1;
    }

    private static async Task<int> PollAsync(AiWatchDbContext db, IHttpFetcher fetcher, CommandLine command, IReadOnlyList<int> ids, CliConsole console, CancellationToken ct)
    {
        var registry = await ActorRegistryFromDatabase.SyncAndLoadAsync(db, RegistryLocator.Load(command.Option("--actors")), ct);
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), NullLogger.Instance, RegistryLocator.LoadSiteRules(command.Option("--actors")));
        var poller = new FeedPoller(db, fetcher, ingestor, NullLogger.Instance, TimeProvider.System);
        var targets = ids.Count > 0 ? ids : (await Catalog(db, fetcher).ListAsync(ct)).Select(f => f.Id).ToList();
        var results = new List<FeedPollResult>();
        foreach (var id in targets)
        {
            var result = await poller.PollAsync(id, ct);
            if (result is null)
            {
                console.Error.WriteLine($"{id}: no such feed");
                continue;
            }
            results.Add(result);
            Report(result, console);
        }
        console.Out.WriteLine($"{results.Count} feeds polled, {results.Sum(r => r.NewItems)} new items, {results.Sum(r => r.FailedItems)} failed items, {results.Count(r => r.Error is not null)} failed feeds");
        return results.Count == targets.Count && results.All(r => !r.Failed) ? 0 : 1;
    }

    private static void Report(FeedPollResult result, CliConsole console)
    {
        if (result.Error is not null)
        {
            console.Error.WriteLine($"{result.Url}: {result.Error}");
            return;
        }
        foreach (var failure in result.Failures)
        {
            console.Error.WriteLine($"{failure.Url}: {failure.Error}");
        }
        var state = result.NotModified ? "not modified" : $"{result.NewItems} new, {result.FailedItems} failed";
        console.Out.WriteLine($"polled\t{result.FeedId}\t{state}\t{result.Url}");
    }

    private static string Single(IReadOnlyList<string> arguments, string message) =>
        arguments.Count == 1 ? arguments[0] : throw new CliUsageException(message);

    private static int Interval(CommandLine command)
    {
        var text = command.Option("--interval");
        if (text is null)
        {
            return DefaultIntervalMinutes;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && FeedSchedule.IsValidInterval(minutes)
            ? minutes
            : throw new CliUsageException($"--interval takes minutes between {FeedSchedule.MinIntervalMinutes} and {FeedSchedule.MaxIntervalMinutes} (got '{text}')");
    }

    private static List<int> FeedIds(IEnumerable<string> arguments) => arguments
        .Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new CliUsageException($"not a feed id: '{a}'"))
        .ToList();

    private static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (utc is null ? "-" : "Z");
}
