using AiWatch.Core.Feeds;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>Settings of feed polling, bound from "AiWatch:Feeds".</summary>
public sealed class FeedPollingOptions
{
    public const string Section = "AiWatch:Feeds";

    /// <summary>False stops the background polling; feeds can still be polled from /admin/feeds or the CLI.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the loop looks for due feeds (each feed keeps its own poll interval).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The poll interval the add form proposes.</summary>
    public int DefaultPollIntervalMinutes { get; set; } = 30;
}

public sealed class FeedPollingOptionsValidator : IValidateOptions<FeedPollingOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedPollingOptions options)
    {
        var failures = new List<string>();
        // Below a second the loop would spin on the database; above an hour a due feed waits longer than most intervals.
        if (options.CheckInterval < TimeSpan.FromSeconds(1) || options.CheckInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{FeedPollingOptions.Section}:CheckInterval must be between 00:00:01 and 01:00:00 (got {options.CheckInterval}).");
        }
        if (!FeedSchedule.IsValidInterval(options.DefaultPollIntervalMinutes))
        {
            failures.Add($"{FeedPollingOptions.Section}:DefaultPollIntervalMinutes must be between {FeedSchedule.MinIntervalMinutes} and {FeedSchedule.MaxIntervalMinutes} (got {options.DefaultPollIntervalMinutes}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
