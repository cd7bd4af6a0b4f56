namespace AiWatch.Core.Tests.Support;

/// <summary>
/// Sets environment variables for one test and restores them. The process shares them: use only for variables no
/// test of another class reads (the CLI's AiWatch__Fetch__* settings, read by the ingest command alone).
/// </summary>
public sealed class EnvironmentVariables : IDisposable
{
    private readonly List<(string Name, string? Old)> saved = [];

    public EnvironmentVariables(params (string Name, string Value)[] variables)
    {
        foreach (var (name, value) in variables)
        {
            saved.Add((name, Environment.GetEnvironmentVariable(name)));
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var (name, old) in saved)
        {
            Environment.SetEnvironmentVariable(name, old);
        }
    }
}
