using System.Diagnostics;
using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;

// In-process throughput, files read into memory first so only extraction/analysis is timed.
//   extract <dir>            content extraction over every page of a folder (e.g. the 181-page benchmark)
//   analyze <dir> [copies]   extraction + analysis over a folder repeated `copies` times (default 100)
//   ingest <dir>             the folder into a fresh SQLite database one article at a time, then again (all duplicates)
//   bulk <dir>               the folder as `aiwatch ingest` stores it (parallel analysis, batched commits), then again
if (args.Length < 2 || args[0] is not ("extract" or "analyze" or "ingest" or "bulk"))
{
    Console.Error.WriteLine("usage: AiWatch.Benchmarks extract <dir> [copies] | analyze <dir> [copies] | ingest <dir> | bulk <dir>");
    return 2;
}
if (args[0] == "bulk")
{
    await BulkIngestBenchmark.RunAsync(args[1]);
    return 0;
}
var documents = new List<RawDocument>();
foreach (var (path, error) in DocumentFiles.Expand([args[1]]))
{
    if (error is null)
    {
        documents.Add(await DocumentFiles.ReadAsync(path));
    }
}
if (documents.Count == 0)
{
    Console.Error.WriteLine($"no readable article in {args[1]}");
    return 1;
}
if (args[0] == "ingest")
{
    await IngestBenchmark.RunAsync(documents);
    return 0;
}
var copies = args.Length > 2 && int.TryParse(args[2], out var n) && n > 0 ? n : (args[0] == "analyze" ? 100 : 1);
var analyzer = args[0] == "analyze"
    ? new ArticleAnalyzer(ActorRegistry.Load(Path.Combine(SeedPaths.FindSeedsFolder() ?? "seeds", SeedPaths.ActorsFile)))
    : null;

void RunOnce()
{
    foreach (var document in documents)
    {
        var article = ContentExtractor.Extract(document);
        analyzer?.Analyze(article.Text, article.Published);
    }
}

RunOnce(); // warm-up: JIT and regex compilation are not what is measured
var watch = Stopwatch.StartNew();
for (var i = 0; i < copies; i++)
{
    RunOnce();
}
watch.Stop();
var total = documents.Count * copies;
Console.WriteLine($"{args[0]}: {total} articles ({documents.Count} × {copies}) in {watch.Elapsed.TotalSeconds:F2} s = {total / watch.Elapsed.TotalSeconds:F1} articles/s");
return 0;
