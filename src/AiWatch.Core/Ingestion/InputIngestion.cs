using AiWatch.Core.Extraction;
using AiWatch.Core.Scraping;
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
                Add(await IngestUrlAsync(input, ct));
                continue;
            }
            if (OtherScheme().IsMatch(input) && !File.Exists(input) && !Directory.Exists(input))
            {
                Add(IngestResult.Failure(input, "only http and https URLs can be fetched"));
                continue;
            }
            foreach (var (path, error) in DocumentFiles.Expand([input]))
            {
                Add(error is null ? await IngestFileAsync(path, ct) : IngestResult.Failure(path, error));
            }
        }
        return results;

        void Add(IngestResult result)
        {
            results.Add(result);
            if (result.Status == IngestStatus.Failed)
            {
                logger.LogWarning("Could not ingest {Input}: {Reason}", result.Input, result.Error);
            }
            onResult?.Invoke(result);
        }
    }

    // ftp://…, javascript:… : a scheme of two letters or more (so "C:\…" stays a path).
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]+:")]
    private static partial System.Text.RegularExpressions.Regex OtherScheme();

    public static bool IsWebUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private async Task<IngestResult> IngestUrlAsync(string url, CancellationToken ct)
    {
        if (fetcher is null)
        {
            return IngestResult.Failure(url, "fetching URLs is not enabled here");
        }
        try
        {
            return WithInput(url, await ingestor.IngestAsync(await fetcher.FetchAsync(url, ct), ct));
        }
        catch (FetchException e)
        {
            return IngestResult.Failure(url, e.Message);
        }
    }

    private async Task<IngestResult> IngestFileAsync(string path, CancellationToken ct)
    {
        try
        {
            return WithInput(path, await ingestor.IngestAsync(await DocumentFiles.ReadAsync(path, ct), ct));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return IngestResult.Failure(path, e.Message);
        }
    }

    private static IngestResult WithInput(string input, IngestResult result) => result with { Input = input };
}
