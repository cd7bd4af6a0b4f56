using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;

namespace AiWatch.Cli;

/// <summary><c>aiwatch reanalyze</c>: re-run analysis over every stored article and report what changed.</summary>
public static class ReanalyzeCommand
{
    public static async Task<int> RunAsync(CommandLine command, CliConsole console, CancellationToken ct)
    {
        if (command.Inputs.Count > 0)
        {
            throw new CliUsageException("reanalyze takes no file or URL (it re-runs every stored article)");
        }
        var registry = RegistryLocator.Load(command.Option("--actors"));
        await using var db = await Database.OpenAsync(command, ct);
        var changes = await new Reanalyzer(db, registry, RegistryLocator.LoadSiteRules(command.Option("--actors"))).RunAsync(change =>
        {
            if (change.Added + change.Removed > 0)
            {
                console.Out.WriteLine($"article {change.ArticleId}\t+{change.Added} -{change.Removed}\t{change.Title}");
            }
        }, ct: ct);
        console.Out.WriteLine($"{changes.Count} articles re-analysed with analyser {ArticleAnalyzer.Version}: " +
            $"{changes.Sum(c => c.Added)} facts added, {changes.Sum(c => c.Removed)} removed, {changes.Count(c => c.Added + c.Removed > 0)} articles changed");
        return 0;
    }
}
