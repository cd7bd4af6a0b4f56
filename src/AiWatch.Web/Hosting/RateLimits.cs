using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>
/// The two limits, fixed one-minute windows per client: password attempts per address, and admin actions that
/// fetch from the web per signed-in admin. Only POSTs count: showing a form is free. A refusal is an empty 429
/// with Retry-After, which the Status page turns into a French explanation.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "signin";
    public const string Ingestion = "ingestion";

    /// <summary>What Retry-After says: the longest a client can have to wait for its window to reset.</summary>
    public const int RetryAfterSeconds = 60;

    public static IServiceCollection AddAiWatchRateLimits(this IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
        limiter.AddPolicy(SignIn, context => PostsPerMinute(context, ClientAddress(context), admin => admin.SignInAttemptsPerMinute));
        limiter.AddPolicy(Ingestion, context => PostsPerMinute(context, AdminOrAddress(context), admin => admin.IngestionRequestsPerMinute));
    });

    private static RateLimitPartition<string> PostsPerMinute(HttpContext context, string client, Func<AdminOptions, int> permits)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("show");
        }
        var limit = permits(context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>The client's address: behind a trusted proxy, the one it forwarded (see <see cref="ProxySetup"/>).</summary>
    public static string ClientAddress(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Per admin when signed in (wherever the requests come from), else per address.</summary>
    private static string AdminOrAddress(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : ClientAddress(context);
}
