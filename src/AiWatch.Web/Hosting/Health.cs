using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Hosting;

public static class Health
{
    /// <summary>200 "ok" while the database answers a query, 503 otherwise: what a load balancer or a supervisor needs.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (AiWatchDbContext db, ILoggerFactory loggers, CancellationToken ct) =>
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
                return Results.Text("ok");
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                loggers.CreateLogger(typeof(Health)).LogWarning(e, "Health check failed: the database does not answer");
                return Results.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
