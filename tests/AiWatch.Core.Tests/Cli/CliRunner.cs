using AiWatch.Cli;

namespace AiWatch.Core.Tests.Cli;

/// <summary>Runs an aiwatch command in-process and captures its output.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static Task<Run> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public static async Task<Run> RunAsync(string[] args, CancellationToken ct)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, ct);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }
}
