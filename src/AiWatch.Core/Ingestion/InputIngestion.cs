using AiWatch.Core.Extraction;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// Ingests a mixed list of inputs (http(s) URLs, files, directories). Each input succeeds or fails on its own:
/// one bad file never stops the batch. Inputs are read, extracted and analysed ahead on
/// <see cref="IngestionBatching.Parallelism"/> threads while one writer stores them in input order.
/// </summary>
public sealed partial class InputIngestion(ArticleIngestor ingestor, PageFetcher? fetcher, ILogger logger, IngestionBatching? batching = null)
{
    private readonly IngestionBatching batching = batching ?? IngestionBatching.OneByOne;

    /// <summary>
    /// Ingests every input; <paramref name="onResult"/> hears of each once its article is committed (so a reported
    /// article survives a crash), failures after they were logged and recorded.
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> IngestAllAsync(IEnumerable<string> inputs, Action<IngestResult>? onResult = null, CancellationToken ct = default)
    {
        var results = new List<IngestResult>();
        var writer = new BatchWriter(ingestor, batching, logger, async result =>
        {
            if (result.Status == IngestStatus.Failed)
            {
                logger.LogWarning("Could not ingest {Url}: {Reason}", result.Input, result.Error);
                await RecordFailureAsync(result, ct);
            }
            results.Add(result);
            onResult?.Invoke(result);
        });
        // Known (URL, text) pairs let a re-run of a bulk import skip analysing what it will find unchanged.
        var stored = batching.Batched ? await ingestor.StoredFingerprintsAsync(ct) : null;
        Func<string, string, bool>? storedUnchanged = stored is null ? null : (url, hash) => stored.TryGetValue(url, out var known) && known == hash;
        var ahead = new Queue<Task<PreparedInput>>();
        using var threads = new SemaphoreSlim(Math.Max(1, batching.Parallelism));
        try
        {
            foreach (var work in WorkItems(inputs))
            {
                if (batching.Parallelism == 0)
                {
                    // Read, analyse and store in turn: the import never takes more than one core.
                    await writer.AddAsync(await PrepareAsync(work, storedUnchanged, ct), ct);
                    continue;
                }
                ahead.Enqueue(PrepareOnThreadAsync(threads, work, storedUnchanged, ct));
                if (ahead.Count > PreparedAheadPerThread * batching.Parallelism)
                {
                    await writer.AddAsync(await ahead.Dequeue(), ct);
                }
            }
            while (ahead.TryDequeue(out var next))
            {
                await writer.AddAsync(await next, ct);
            }
            await writer.CompleteAsync(ct);
        }
        finally
        {
            await writer.DisposeAsync();
        }
        return results;
    }

    /// <summary>
    /// How many inputs each thread may prepare ahead of the writer. A batch's commit keeps the writer away for
    /// 100–200 ms, in which two threads prepare about a hundred articles: with a few per thread they sat idle
    /// through every commit, then the writer waited for them (51 s of a 100,000-file import); the import's peak
    /// memory went from 730 to 744 MB.
    /// </summary>
    private const int PreparedAheadPerThread = 64;

    /// <summary>One input to ingest: how to read it, or why it cannot be.</summary>
    private sealed record WorkItem(string Input, Func<CancellationToken, Task<RawDocument>>? Read, string? Error);

    private IEnumerable<WorkItem> WorkItems(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (IsWebUrl(input))
            {
                yield return fetcher is null
                    ? new WorkItem(input, null, "fetching URLs is not enabled here")
                    : new WorkItem(input, ct => fetcher.FetchAsync(input, ct), null);
                continue;
            }
            if (OtherScheme().IsMatch(input) && !File.Exists(input) && !Directory.Exists(input))
            {
                yield return new WorkItem(input, null, "only http and https URLs can be fetched");
                continue;
            }
            foreach (var (path, error) in DocumentFiles.Expand([input]))
            {
                yield return new WorkItem(path, error is null ? ct => DocumentFiles.ReadAsync(path, ct) : null, error);
            }
        }
    }

    // ftp://…, javascript:… : a scheme of two letters or more (so "C:\…" stays a path).
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]+:")]
    private static partial System.Text.RegularExpressions.Regex OtherScheme();

    public static bool IsWebUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Prepares on a pool thread once one of the <see cref="IngestionBatching.Parallelism"/> slots is free.</summary>
    private async Task<PreparedInput> PrepareOnThreadAsync(SemaphoreSlim threads, WorkItem work, Func<string, string, bool>? storedUnchanged, CancellationToken ct)
    {
        await threads.WaitAsync(ct);
        try
        {
            return await Task.Run(() => PrepareAsync(work, storedUnchanged, ct), ct);
        }
        finally
        {
            threads.Release();
        }
    }

    /// <summary>
    /// Reads, extracts and analyses one input. Any failure that belongs to this input alone (unreadable,
    /// unfetchable, even an analyser fault on a hostile text) becomes its result; cancellation stops the batch.
    /// </summary>
    private async Task<PreparedInput> PrepareAsync(WorkItem work, Func<string, string, bool>? storedUnchanged, CancellationToken ct)
    {
        if (work.Read is null)
        {
            return PreparedInput.Failed(work.Input, work.Error ?? "cannot be read");
        }
        try
        {
            var document = await work.Read(ct);
            return ingestor.Preparer.Prepare(document, storedUnchanged) is { } prepared
                ? new PreparedInput(work.Input, prepared, null)
                : PreparedInput.Failed(work.Input, ArticleIngestor.NoTextError);
        }
        catch (Exception e) when (e is FetchException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return PreparedInput.Failed(work.Input, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not analyse {Url}", work.Input);
            return PreparedInput.Failed(work.Input, $"could not be analysed: {e.Message}");
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
}

/// <summary>An input ready for the writer: its prepared document, or the failure that stopped it.</summary>
internal sealed record PreparedInput(string Input, PreparedDocument? Document, IngestResult? Failure)
{
    public static PreparedInput Failed(string input, string error) => new(input, null, IngestResult.Failure(input, error));
}
