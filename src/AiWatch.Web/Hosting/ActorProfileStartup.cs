using AiWatch.Core.Ingestion;
using AiWatch.Core.Storage;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>After <see cref="DatabaseStartup"/>: copies docs/actors/&lt;slug&gt;.md into actors that have no profile yet.</summary>
public sealed class ActorProfileStartup(IServiceScopeFactory scopes, IOptions<AiWatchOptions> options, TimeProvider clock, ILogger<ActorProfileStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = ActorProfiles.FolderBeside(options.Value.SeedsPath);
        if (folder is null)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AiWatchDbContext>();
        var seeded = await ActorProfiles.SeedAsync(db, folder, clock.GetUtcNow().UtcDateTime, cancellationToken);
        logger.LogInformation("Actor profiles from {ProfilesPath}: {ProfileCount} set", folder, seeded);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
