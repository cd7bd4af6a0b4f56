using Microsoft.Extensions.Logging;

namespace AiWatch.Core.Tests.Support;

/// <summary>Keeps every log entry with its template and named properties, so tests can check structured logging.</summary>
public sealed class ListLogger : ILogger
{
    public sealed record Entry(LogLevel Level, string Template, IReadOnlyDictionary<string, object?> Properties);

    public List<Entry> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = (state as IEnumerable<KeyValuePair<string, object?>>)?.ToDictionary(p => p.Key, p => p.Value) ?? [];
        Entries.Add(new Entry(logLevel, properties.GetValueOrDefault("{OriginalFormat}") as string ?? "", properties));
    }
}
