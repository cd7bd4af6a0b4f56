using AiWatch.Core.Feeds;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>
/// The thin loop over <see cref="FeedPoller"/>: poll what is due, wait <see cref="FeedPollingOptions.CheckInterval"/>,
/// again. A failed round is logged and the next one runs: polling never stops the host.
/// </summary>
public sealed class FeedPollingService(IServiceScopeFactory scopes, IOptions<FeedPollingOptions> options, TimeProvider clock, ILogger<FeedPollingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Feed polling is disabled ({Setting} = false)", FeedPollingOptions.Section + ":Enabled");
            return;
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PollDueAsync(stoppingToken);
                await Task.Delay(options.Value.CheckInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the item being stored was rolled back with its transaction.
        }
    }

    private async Task PollDueAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollDueAsync(ct);
            Rounds++;
            if (results.Count > 0)
            {
                logger.LogInformation("Polled {FeedCount} due feeds: {NewCount} new items, {FailedCount} failed items, {FailedFeedCount} failed feeds",
                    results.Count, results.Sum(r => r.NewItems), results.Sum(r => r.FailedItems), results.Count(r => r.Error is not null));
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogError(e, "Feed polling round failed: {Error}", e.Message);
        }
    }

    /// <summary>Rounds completed without an error, so tests can wait for one instead of sleeping.</summary>
    public int Rounds { get; private set; }
}
