namespace AiWatch.Cli;

public static class IngestCommand
{
    public static Task<int> RunAsync(CommandLine command, CliConsole console, CancellationToken ct) => throw new CliUsageException("ingest: not wired yet");
}
