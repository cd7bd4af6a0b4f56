using System.Diagnostics;

namespace AiWatch.Web.Hosting;

/// <summary>One log line per request (Serilog.AspNetCore, which would do this, is not available here).</summary>
public sealed class RequestLogging
{
    private readonly RequestDelegate next;
    private readonly ILogger<RequestLogging> logger;

    public RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
    {
        this.next = next;
        this.logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation("HTTP {Method} {Path}{QueryString} responded {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, context.Request.Path, context.Request.QueryString, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
