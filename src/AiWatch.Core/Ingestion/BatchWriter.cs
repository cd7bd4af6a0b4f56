using System.Diagnostics;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// The single writer of an <see cref="InputIngestion"/>. One by one, each article commits on its own. Batched,
/// articles share a transaction of up to <see cref="IngestionBatching.BatchSize"/> articles, each inside a savepoint
/// so a refused article is undone alone; results are reported only once their batch committed. When the batch
/// itself cannot commit (disk full, database locked too long) it is rolled back and its articles are stored again
/// one by one, so each still succeeds or fails on its own. A batch indexes its articles, quotes and claims for
/// search, counts their mentions and joins their events to the timeline once, before it commits
/// (<see cref="ArticleIngestor.DeferBatchRowsAsync"/>).
/// </summary>
internal sealed class BatchWriter(ArticleIngestor ingestor, IngestionBatching batching, ILogger logger, Func<IngestResult, Task> report) : IAsyncDisposable
{
    private const string Savepoint = "article";
    private readonly List<(PreparedInput Input, IngestResult Result)> pending = [];
    private readonly Stopwatch batchAge = new();
    private readonly Stopwatch sinceDisputes = Stopwatch.StartNew();
    private IDbContextTransaction? transaction;

    public async Task AddAsync(PreparedInput input, CancellationToken ct)
    {
        if (!batching.Batched || input.Failure is not null && transaction is null)
        {
            await report(await StoreAloneAsync(input, ct));
            return;
        }
        if (transaction is null)
        {
            ingestor.DeferDisputes = true;
            transaction = await ingestor.Database.BeginTransactionAsync(ct);
            await ingestor.DeferBatchRowsAsync(ct);
            batchAge.Restart();
        }
        var result = await StoreInBatchAsync(input, ct);
        pending.Add((input, result));
        if (transaction is null || pending.Count >= batching.BatchSize || batchAge.Elapsed >= batching.MaxBatchDuration)
        {
            await CommitAsync(ct);
        }
    }

    /// <summary>Commits the last batch and rebuilds the disputes the import changed.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        await CommitAsync(ct);
        try
        {
            await ingestor.RebuildStaleDisputesAsync(ct);
        }
        catch (Exception e) when (DatabaseError.Is(e))
        {
            // The articles are stored; the disputes catch up at the next start or import.
            logger.LogWarning("Could not rebuild the disputes after the import: {Reason}", DatabaseError.Describe(e));
        }
        finally
        {
            ingestor.DeferDisputes = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
            transaction = null;
            ingestor.ForgetUncommitted();
        }
        ingestor.DeferDisputes = false;
    }

    private async Task<IngestResult> StoreInBatchAsync(PreparedInput input, CancellationToken ct)
    {
        if (input.Failure is not null)
        {
            return input.Failure;
        }
        await transaction!.CreateSavepointAsync(Savepoint, ct);
        try
        {
            var result = await ingestor.StoreAsync(input.Document!, null, ct);
            await transaction.ReleaseSavepointAsync(Savepoint, ct);
            return result with { Input = input.Input };
        }
        catch (Exception e) when (DatabaseError.Is(e))
        {
            ingestor.ForgetUncommitted();
            if (!await TryRollbackToSavepointAsync(ct))
            {
                // SQLite rolled the whole transaction back (an I/O error, a full disk): the batch is redone one by one.
                await AbandonBatchAsync(ct);
                return await StoreAloneAsync(input, ct);
            }
            return IngestResult.Failure(input.Input, DatabaseError.Describe(e));
        }
    }

    private async Task<bool> TryRollbackToSavepointAsync(CancellationToken ct)
    {
        try
        {
            await transaction!.RollbackToSavepointAsync(Savepoint, ct);
            return true;
        }
        catch (Exception e) when (DatabaseError.Is(e) || e is InvalidOperationException)
        {
            return false;
        }
    }

    private async Task CommitAsync(CancellationToken ct)
    {
        if (transaction is not null)
        {
            try
            {
                if (sinceDisputes.Elapsed >= batching.DisputeInterval && ingestor.DisputesStale)
                {
                    await ingestor.RebuildStaleDisputesAsync(ct);
                    sinceDisputes.Restart();
                }
                await ingestor.CompleteBatchRowsAsync(ct);
                await transaction.CommitAsync(ct);
                await transaction.DisposeAsync();
                transaction = null;
            }
            catch (Exception e) when (DatabaseError.Is(e))
            {
                logger.LogWarning("A batch of {ArticleCount} articles could not be committed ({Reason}): storing them one by one",
                    pending.Count, DatabaseError.Describe(e));
                await AbandonBatchAsync(ct);
            }
        }
        foreach (var (_, result) in pending)
        {
            await report(result);
        }
        pending.Clear();
    }

    /// <summary>Rolls the batch back and stores each of its articles in a transaction of its own.</summary>
    private async Task AbandonBatchAsync(CancellationToken ct)
    {
        try
        {
            await transaction!.RollbackAsync(ct);
        }
        catch (Exception e) when (DatabaseError.Is(e) || e is InvalidOperationException)
        {
            logger.LogDebug("Rollback after a failed batch: {Reason}", e.Message);
        }
        await transaction!.DisposeAsync();
        transaction = null;
        ingestor.ForgetUncommitted();
        for (var i = 0; i < pending.Count; i++)
        {
            pending[i] = (pending[i].Input, await StoreAloneAsync(pending[i].Input, ct));
        }
    }

    private async Task<IngestResult> StoreAloneAsync(PreparedInput input, CancellationToken ct)
    {
        if (input.Failure is not null)
        {
            return input.Failure;
        }
        try
        {
            return await ingestor.StoreAsync(input.Document!, null, ct) with { Input = input.Input };
        }
        catch (Exception e) when (DatabaseError.Is(e))
        {
            return IngestResult.Failure(input.Input, DatabaseError.Describe(e));
        }
    }
}
