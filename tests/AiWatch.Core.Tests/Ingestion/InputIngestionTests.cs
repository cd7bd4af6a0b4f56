using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class InputIngestionTests : IAsyncLifetime
{
    private TempDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        await ActorSync.SyncAsync(db, ActorRegistry.Load(RepositoryFiles.ActorsJson));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_database_error_fails_that_input_only_and_leaves_no_half_article()
    {
        await using (var db = database.Open())
        {
            // The article row is written before its amounts: a refused amount must take the article with it.
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_amounts BEFORE INSERT ON Amounts BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
        }
        var withAmount = WriteFile("montant.txt", "Titre\nOpenAI lève 6 milliards de dollars auprès de Microsoft.");
        var without = WriteFile("sans.txt", "Titre\nMicrosoft dément toute discussion avec OpenAI.");

        var results = await IngestAsync(withAmount, without);

        Assert.Equal([IngestStatus.Failed, IngestStatus.Ingested], results.Select(r => r.Status));
        Assert.Equal(withAmount, results[0].Input);
        Assert.Contains("disk says no", results[0].Error);
        await using var check = database.Open();
        var article = await check.Articles.SingleAsync();
        Assert.Contains("dément", article.Text);
        Assert.Equal(0, await check.Mentions.CountAsync(m => m.ArticleId != article.Id));
    }

    [Fact]
    public async Task Every_outcome_is_logged_with_the_same_Url_and_ArticleId_properties()
    {
        var path = WriteFile("a.txt", "Titre\nMicrosoft dément toute discussion avec OpenAI.");
        var missing = Path.Combine(database.Folder, "absent.txt");
        var logger = new ListLogger();

        await IngestAsync(logger, path, path, missing);

        Assert.Equal(3, logger.Entries.Count);
        Assert.All(logger.Entries, e => Assert.Contains("{Url}", e.Template));
        Assert.Equal([new Uri(path).AbsoluteUri, new Uri(path).AbsoluteUri, missing], logger.Entries.Select(e => e.Properties["Url"]));
        Assert.Equal(logger.Entries[0].Properties["ArticleId"], logger.Entries[1].Properties["ArticleId"]);
        Assert.Equal(LogLevel.Warning, logger.Entries[2].Level);
    }

    [Fact]
    public async Task Every_failed_input_is_kept_with_its_reason()
    {
        var missing = Path.Combine(database.Folder, "absent.txt");
        var empty = WriteFile("vide.txt", "Titre seul\n");
        var good = WriteFile("a.txt", "Titre\nMicrosoft dément toute discussion avec OpenAI.");

        await IngestAsync(missing, empty, good, "ftp://exemple.fr/a");

        await using var db = database.Open();
        var failures = await db.IngestionFailures.OrderBy(f => f.Id).ToListAsync();
        Assert.Equal(
            [(missing, "no such file or directory"), (empty, "no article text found"), ("ftp://exemple.fr/a", "only http and https URLs can be fetched")],
            failures.Select(f => (f.Input, f.Reason)));
        Assert.All(failures, f => Assert.NotEqual(default, f.OccurredUtc));
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(database.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<IReadOnlyList<IngestResult>> IngestAsync(params string[] inputs) => IngestAsync(NullLogger.Instance, inputs);

    private async Task<IReadOnlyList<IngestResult>> IngestAsync(ILogger logger, params string[] inputs)
    {
        await using var db = database.Open();
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)), logger);
        return await new InputIngestion(ingestor, fetcher: null, logger).IngestAllAsync(inputs);
    }
}
