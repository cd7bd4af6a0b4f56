namespace AiWatch.Cli;

public static class ReanalyzeCommand
{
    public static Task<int> RunAsync(CommandLine command, CliConsole console, CancellationToken ct) => throw new CliUsageException("reanalyze: not wired yet");
}
