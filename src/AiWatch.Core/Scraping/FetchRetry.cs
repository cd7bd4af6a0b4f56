using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace AiWatch.Core.Scraping;

/// <summary>
/// Which failures are worth another attempt: a timeout, a dropped connection, a 5xx, a 429. Never a 4xx, a
/// refused address or an oversize body: asking again would get the same answer.
/// </summary>
internal static class FetchRetry
{
    public static ResiliencePipeline<Hop> Pipeline(FetchOptions options, TimeProvider time, ILogger logger)
    {
        if (options.RetryCount == 0)
        {
            return ResiliencePipeline<Hop>.Empty;
        }
        return new ResiliencePipelineBuilder<Hop> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<Hop>
            {
                MaxRetryAttempts = options.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, options.MaxRetryAfter)),
                // A server that says when to come back is obeyed (IsTransient already refused a long wait).
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    logger.LogWarning("Retrying {Url} after {Outcome}: attempt {Attempt} in {DelayMs} ms",
                        args.Context.Properties.GetValue(UrlKey, ""), Describe(args.Outcome), args.AttemptNumber + 2, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .Build();
    }

    public static readonly ResiliencePropertyKey<string> UrlKey = new("AiWatch.Url");

    public static bool IsTransient(Outcome<Hop> outcome, TimeSpan maxRetryAfter) => outcome switch
    {
        { Exception: TimeoutException } => true,
        { Exception: HttpRequestException or IOException } => Refusal(outcome.Exception) is null,
        { Exception: not null } => false,
        { Result: { Response: null, Location: null } hop } => (hop.Status >= 500 || hop.Status == 429) && !(hop.RetryAfter > maxRetryAfter),
        _ => false,
    };

    /// <summary>The address check's refusal, wrapped by the handler into an HttpRequestException.</summary>
    public static FetchException? Refusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is FetchException { Kind: FetchFailure.Refused } refusal)
            {
                return refusal;
            }
        }
        return null;
    }

    private static string Describe(Outcome<Hop> outcome) =>
        outcome.Exception is { } e ? e.GetType().Name : $"HTTP {outcome.Result!.Status}";
}
