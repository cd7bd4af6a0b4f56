namespace AiWatch.Web.Tests.Browser;

/// <summary>
/// A test that drives the system's chromium. Skipped on machines without it, except in CI (CI=true),
/// where a missing browser must fail the build instead of quietly skipping the only real-browser check.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !IsCi)
        {
            Skip = $"No browser at {ChromiumPath} (set CI=true to make this a failure).";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
