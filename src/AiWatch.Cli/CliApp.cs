using AiWatch.Core.Storage;

namespace AiWatch.Cli;

/// <summary>Dispatches <c>aiwatch &lt;command&gt;</c>. Writers are parameters so tests can run commands in-process.</summary>
public static class CliApp
{
    public const string Usage = """
        usage: aiwatch <command> [options]

          extract <file|dir>... [--out F.jsonl]     content extraction only, one JSON line per input
          analyze <file|dir>... [--out F.jsonl]     extraction and analysis, one JSON line per input
              [--actors F]                          actor registry (default: seeds/actors.json)
          ingest <url|file|dir>... [--db CS]        store articles into the database
              [--threads N]                         threads analysing ahead of the writer (default: one per core; 0: one core in all)
          reanalyze [--db CS]                       re-run analysis over every stored article
          feeds add <url> [--interval MIN]          add an RSS/Atom feed, or the feed an HTML page links to (default 30 min)
          feeds list                                feeds with their polling state, last error and item counts
          feeds remove <id|url>                     stop polling a feed (its articles stay)
          feeds poll [<id>...]                      poll now (all feeds by default): new and failed items per feed
          generate --count N --seed S --out DIR     write N deterministic French test articles into an empty DIR

        --db takes a SQLite connection string (default: ConnectionStrings__AiWatch, else Data Source=data/aiwatch.db).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        CommandLine command;
        try
        {
            command = CommandLine.Parse(args.Skip(1));
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"aiwatch {args[0]}: {e.Message}");
            return 2;
        }
        var console = new CliConsole(stdout, stderr);
        try
        {
            return args[0] switch
            {
                "extract" => await ExtractCommand.RunAsync(command, console, analyze: false, ct),
                "analyze" => await ExtractCommand.RunAsync(command, console, analyze: true, ct),
                "ingest" => await IngestCommand.RunAsync(command, console, ct),
                "reanalyze" => await ReanalyzeCommand.RunAsync(command, console, ct),
                "feeds" => await FeedsCommand.RunAsync(command, console, ct),
                "generate" => await GenerateCommand.RunAsync(command, console, ct),
                _ => UnknownCommand(args[0], stderr),
            };
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine($"aiwatch {args[0]}: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Each article is its own transaction: those stored before the cancel stay, the one in flight is rolled back.
            stderr.WriteLine($"aiwatch {args[0]}: cancelled");
            return CancelledExitCode;
        }
        catch (Exception e) when (DatabaseError.Is(e))
        {
            stderr.WriteLine($"aiwatch {args[0]}: {DatabaseError.Describe(e)}");
            return 1;
        }
    }

    /// <summary>128 + SIGINT, what shells report for a command stopped by Ctrl+C.</summary>
    public const int CancelledExitCode = 130;

    private static int UnknownCommand(string name, TextWriter stderr)
    {
        stderr.WriteLine($"aiwatch: unknown command '{name}'");
        stderr.WriteLine(Usage);
        return 2;
    }
}

/// <summary>A command line that cannot run as given (missing input, unreadable registry…): exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>Where a command writes: results to stdout, one line per problem to stderr.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
