using AiWatch.Core.Ingestion;
using AiWatch.Core.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>
/// Prepares the database before the server accepts requests (hosted services start before the web server),
/// then logs where the app listens once it does.
/// </summary>
public sealed class DatabaseStartup : IHostedService
{
    private readonly IServiceScopeFactory scopes;
    private readonly IConfiguration configuration;
    private readonly IOptions<AiWatchOptions> options;
    private readonly IHostApplicationLifetime lifetime;
    private readonly IServer server;
    private readonly ILogger<DatabaseStartup> logger;

    public DatabaseStartup(IServiceScopeFactory scopes, IConfiguration configuration, IOptions<AiWatchOptions> options,
        IHostApplicationLifetime lifetime, IServer server, ILogger<DatabaseStartup> logger)
    {
        this.scopes = scopes;
        this.configuration = configuration;
        this.options = options;
        this.lifetime = lifetime;
        this.server = server;
        this.logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connectionString = StorageRegistration.ConnectionString(configuration);
        logger.LogInformation("Database {DatabasePath}", StorageSetup.DatabasePath(connectionString) ?? "(in memory)");
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AiWatchDbContext>();
            var result = await DatabaseBootstrap.InitializeAsync(db, options.Value.SeedsPath, logger, cancellationToken);
            logger.LogInformation("Database ready: {ActorCount} actors, {IngestedCount} seed articles ingested, {AlreadyPresentCount} already present, {FailedCount} failed",
                result.Actors, result.Ingested, result.AlreadyPresent, result.Failed);
            LastResult = result;
        }
        lifetime.ApplicationStarted.Register(LogAddresses);
    }

    /// <summary>What the start-up did, for the tests and for anyone curious in a debugger.</summary>
    public BootstrapResult? LastResult { get; private set; }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void LogAddresses()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? Array.Empty<string>();
        logger.LogInformation("AiWatch listening on {Urls}", addresses.Count == 0 ? "(no network address)" : string.Join(", ", addresses));
    }
}
