using AiWatch.Core.Extraction;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// Ingests a mixed list of inputs (http(s) URLs, files, directories). Each input succeeds or fails on its own:
/// one bad file never stops the batch.
/// </summary>
public sealed partial class InputIngestion(ArticleIngestor ingestor, PageFetcher? fetcher, ILogger logger)
{
    public async Task<IReadOnlyList<IngestResult>> IngestAllAsync(IEnumerable<string> inputs, Action<IngestResult>? onResult = null, CancellationToken ct = default)
    {
        var results = new List<IngestResult>();
        foreach (var input in inputs)
        {
            if (IsWebUrl(input))
            {
                await AddAsync(await IngestUrlAsync(input, ct));
                continue;
            }
            if (OtherScheme().IsMatch(input) && !File.Exists(input) && !Directory.Exists(input))
            {
                await AddAsync(IngestResult.Failure(input, "only http and https URLs can be fetched"));
                continue;
            }
            foreach (var (path, error) in DocumentFiles.Expand([input]))
            {
                await AddAsync(error is null ? await IngestFileAsync(path, ct) : IngestResult.Failure(path, error));
            }
        }
        return results;

        async Task AddAsync(IngestResult result)
        {
            results.Add(result);
            if (result.Status == IngestStatus.Failed)
            {
                logger.LogWarning("Could not ingest {Url}: {Reason}", result.Input, result.Error);
                await RecordFailureAsync(result, ct);
            }
            onResult?.Invoke(result);
        }
    }

    // ftp://…, javascript:… : a scheme of two letters or more (so "C:\…" stays a path).
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]+:")]
    private static partial System.Text.RegularExpressions.Regex OtherScheme();

    public static bool IsWebUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private Task<IngestResult> IngestUrlAsync(string url, CancellationToken ct) =>
        fetcher is null
            ? Task.FromResult(IngestResult.Failure(url, "fetching URLs is not enabled here"))
            : IngestOneAsync(url, () => fetcher.FetchAsync(url, ct), ct);

    private Task<IngestResult> IngestFileAsync(string path, CancellationToken ct) =>
        IngestOneAsync(path, () => DocumentFiles.ReadAsync(path, ct), ct);

    /// <summary>
    /// Reads and stores one input; any failure that belongs to this input alone (unreadable, unfetchable,
    /// refused by the database) becomes its result. Cancellation is not such a failure: it stops the batch.
    /// </summary>
    private async Task<IngestResult> IngestOneAsync(string input, Func<Task<RawDocument>> read, CancellationToken ct)
    {
        try
        {
            return WithInput(input, await ingestor.IngestAsync(await read(), ct));
        }
        catch (Exception e) when (e is FetchException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return IngestResult.Failure(input, e.Message);
        }
        catch (Exception e) when (DatabaseError.Is(e))
        {
            return IngestResult.Failure(input, DatabaseError.Describe(e));
        }
    }

    /// <summary>
    /// Keeps the failure for the app. A database that refuses even this row (full disk, locked file) must not
    /// stop the batch either: the failure is still reported to the caller and logged.
    /// </summary>
    private async Task RecordFailureAsync(IngestResult failure, CancellationToken ct)
    {
        try
        {
            await ingestor.RecordFailureAsync(failure, ct);
        }
        catch (Exception e) when (DatabaseError.Is(e))
        {
            logger.LogWarning("Could not record the failure of {Url}: {Reason}", failure.Input, DatabaseError.Describe(e));
        }
    }

    private static IngestResult WithInput(string input, IngestResult result) => result with { Input = input };
}
