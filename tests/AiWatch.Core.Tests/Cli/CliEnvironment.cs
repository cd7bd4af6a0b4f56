namespace AiWatch.Core.Tests.Cli;

/// <summary>
/// CLI tests that set the process's AiWatch__Fetch__* environment variables: one at a time, or one test's restore
/// would undo another's settings mid-run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CliEnvironment
{
    public const string Name = "CLI environment variables";
}
