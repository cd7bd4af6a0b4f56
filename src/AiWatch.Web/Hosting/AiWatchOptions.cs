using AiWatch.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>Settings of the web app, bound from the "AiWatch" configuration section.</summary>
public sealed class AiWatchOptions
{
    public const string Section = "AiWatch";
    public const int MaxPageSize = 200;

    /// <summary>
    /// Folder holding actors.json and the seed articles loaded on first start. Defaults to the repository's
    /// seeds/ folder; null (none found) means the app starts without seeding.
    /// </summary>
    public string? SeedsPath { get; set; } = SeedPaths.FindSeedsFolder();

    /// <summary>Rows per page on the HTML lists and the default page size of the JSON API.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>How many rows the dashboard shows in each of its lists.</summary>
    public int DashboardListSize { get; set; } = 8;

    /// <summary>
    /// The path the app answers under behind a reverse proxy ("/aiwatch"), or empty for the root. Starts with "/",
    /// does not end with one; the proxy passes the path on unchanged.
    /// </summary>
    public string? BasePath { get; set; }
}

/// <summary>Refuses settings that would break a page at request time, so a bad value stops the app at start.</summary>
public sealed class AiWatchOptionsValidator : IValidateOptions<AiWatchOptions>
{
    public ValidateOptionsResult Validate(string? name, AiWatchOptions options)
    {
        var failures = new List<string>();
        if (options.SeedsPath is not null && !Directory.Exists(options.SeedsPath))
        {
            failures.Add($"AiWatch:SeedsPath '{options.SeedsPath}' is not an existing folder.");
        }
        if (options.PageSize is < 1 or > AiWatchOptions.MaxPageSize)
        {
            failures.Add($"AiWatch:PageSize must be between 1 and {AiWatchOptions.MaxPageSize} (got {options.PageSize}).");
        }
        if (options.DashboardListSize is < 1 or > 50)
        {
            failures.Add($"AiWatch:DashboardListSize must be between 1 and 50 (got {options.DashboardListSize}).");
        }
        if (!string.IsNullOrEmpty(options.BasePath) && !IsBasePath(options.BasePath))
        {
            failures.Add($"AiWatch:BasePath must start with '/', not end with '/', and hold only path characters (got '{options.BasePath}').");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsBasePath(string path) =>
        path.Length > 1 && path[0] == '/' && path[^1] != '/' && !path.Contains("//", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.' or '~');
}

public static class AiWatchOptionsRegistration
{
    /// <summary>Binds the "AiWatch" section and validates it when the host starts, so a bad value never reaches a request.</summary>
    public static IServiceCollection AddAiWatchOptions(this IServiceCollection services)
    {
        services.AddOptions<AiWatchOptions>().BindConfiguration(AiWatchOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AiWatchOptions>, AiWatchOptionsValidator>();
        return services;
    }
}
