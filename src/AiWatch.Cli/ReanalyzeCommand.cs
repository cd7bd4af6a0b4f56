using AiWatch.Core.Analysis;
using AiWatch.Core.Facts;
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
        var report = await new Reanalyzer(db, registry, RegistryLocator.LoadSiteRules(command.Option("--actors"))).RunWithTotalsAsync(change =>
        {
            if (change.Added + change.Removed > 0)
            {
                console.Out.WriteLine($"article {change.ArticleId}\t+{change.Added} -{change.Removed}\t{change.Title}");
            }
        }, ct: ct);
        var changes = report.Articles;
        console.Out.WriteLine($"event groups: {Totals(report.Index.Groups)}; disputes: {Totals(report.Index.Disputes)}");
        console.Out.WriteLine($"{changes.Count} articles re-analysed with analyser {ArticleAnalyzer.Version}: " +
            $"{changes.Sum(c => c.Added)} facts added, {changes.Sum(c => c.Removed)} removed, {changes.Count(c => c.Added + c.Removed > 0)} articles changed");
        return 0;
    }

    private static string Totals(RowChanges changes) => $"{changes.Created} created, {changes.Updated} updated, {changes.Deleted} deleted";
}
