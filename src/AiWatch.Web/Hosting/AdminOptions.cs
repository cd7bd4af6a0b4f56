using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>The single admin account, bound from "AiWatch:Admin".</summary>
public sealed class AdminOptions
{
    public const string Section = "AiWatch:Admin";

    /// <summary>The password in clear (for a dev machine or a secret store); takes precedence over <see cref="PasswordHash"/>.</summary>
    public string? Password { get; set; }

    /// <summary>A hash made by <c>PasswordHasher</c> (PBKDF2); with neither set, one is generated at first start.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Sign-in attempts allowed per client address and minute; more get a 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 5;

    /// <summary>
    /// Admin actions that fetch from the web (ingest a URL, add or poll a feed) allowed per signed-in admin and
    /// minute; more get a 429. Each one makes outgoing requests and a whole analysis, so a script looping on the
    /// form cannot turn the app into a crawler or starve the readers.
    /// </summary>
    public int IngestionRequestsPerMinute { get; set; } = 10;

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);
}

public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public const int MinPasswordLength = 12;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var failures = new List<string>();
        if (options.Password is { Length: > 0 and < MinPasswordLength })
        {
            failures.Add($"AiWatch:Admin:Password must be at least {MinPasswordLength} characters.");
        }
        if (options.SignInAttemptsPerMinute is < 1 or > 10_000)
        {
            failures.Add($"AiWatch:Admin:SignInAttemptsPerMinute must be between 1 and 10000 (got {options.SignInAttemptsPerMinute}).");
        }
        if (options.IngestionRequestsPerMinute is < 1 or > 10_000)
        {
            failures.Add($"AiWatch:Admin:IngestionRequestsPerMinute must be between 1 and 10000 (got {options.IngestionRequestsPerMinute}).");
        }
        if (options.SessionIdleTimeout < TimeSpan.FromMinutes(1) || options.SessionIdleTimeout > TimeSpan.FromDays(30))
        {
            failures.Add($"AiWatch:Admin:SessionIdleTimeout must be between 1 minute and 30 days (got {options.SessionIdleTimeout}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
