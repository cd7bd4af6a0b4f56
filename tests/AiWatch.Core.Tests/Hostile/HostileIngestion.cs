using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Scraping;
using AiWatch.Core.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Hostile;

/// <summary>The hostile corpus's files and one ingestion run over a test database, as the CLI and the app do it.</summary>
public static class HostileIngestion
{
    public static string Corpus => Path.Combine(AppContext.BaseDirectory, "Hostile", "testdata");

    public static string File(string name) => Path.Combine(Corpus, name);

    private static readonly Lazy<ActorRegistry> Registry = new(() => ActorRegistry.Load(RepositoryFiles.ActorsJson));

    public static async Task<IReadOnlyList<IngestResult>> IngestAsync(TempDatabase database, IEnumerable<string> inputs, PageFetcher? fetcher = null, ILogger? logger = null)
    {
        await using var db = database.Open();
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(Registry.Value), logger ?? NullLogger.Instance);
        return await new InputIngestion(ingestor, fetcher, logger ?? NullLogger.Instance).IngestAllAsync(inputs);
    }
}
