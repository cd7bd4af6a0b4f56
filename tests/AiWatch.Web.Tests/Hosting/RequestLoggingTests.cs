using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiWatch.Web.Tests.Hosting;

public sealed class RequestLoggingTests
{
    private sealed class RecordingLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, IReadOnlyDictionary<string, object?> Properties)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, ((IEnumerable<KeyValuePair<string, object?>>)state!).ToDictionary(p => p.Key, p => p.Value)));
    }

    [Fact]
    public async Task Writes_one_line_with_method_path_and_final_status()
    {
        var logger = new RecordingLogger<RequestLogging>();
        var middleware = new RequestLogging(context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }, logger);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/actors/nobody";

        await middleware.InvokeAsync(context);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal("GET", entry.Properties["Method"]);
        Assert.Equal("/actors/nobody", entry.Properties["Path"]?.ToString());
        Assert.Equal(404, entry.Properties["StatusCode"]);
    }

    [Fact]
    public async Task Still_writes_its_line_when_the_request_throws()
    {
        var logger = new RecordingLogger<RequestLogging>();
        var middleware = new RequestLogging(_ => throw new InvalidOperationException("boom"), logger);

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(new DefaultHttpContext()));

        Assert.Single(logger.Entries);
    }
}
