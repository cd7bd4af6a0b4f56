using Serilog;
using Serilog.Extensions.Logging;

namespace AiWatch.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Routes every log through Serilog, configured from the "Serilog" section. The logger is built when the
    /// container first asks for it, so settings added late (tests, command line) are seen.
    /// </summary>
    public static WebApplicationBuilder AddAiWatchLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // Serilog's MinimumLevel decides; letting everything through here keeps one place to configure levels.
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<ILoggerProvider>(services => new SerilogLoggerProvider(
            new LoggerConfiguration().ReadFrom.Configuration(services.GetRequiredService<IConfiguration>()).CreateLogger(),
            dispose: true));
        return builder;
    }
}
