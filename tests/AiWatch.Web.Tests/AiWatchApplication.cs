using AiWatch.Core.Ingestion;
using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiWatch.Web.Tests;

/// <summary>
/// The real app on a fresh SQLite file in its own temp folder, seeded from the repository's seeds/ folder
/// (or from an empty one). Used as a class fixture: one database per test class.
/// </summary>
public class AiWatchApplication : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "aiwatch-web-tests", Guid.NewGuid().ToString("N"));

    public AiWatchApplication() : this(emptySeeds: false)
    {
    }

    /// <summary>An app on an existing database file (a restart); the file's folder is left for its first owner to delete.</summary>
    public AiWatchApplication(string databasePath) : this(emptySeeds: false) => DatabasePath = databasePath;

    protected AiWatchApplication(bool emptySeeds)
    {
        Directory.CreateDirectory(folder);
        DatabasePath = Path.Combine(folder, "aiwatch.db");
        SeedsPath = emptySeeds
            ? Directory.CreateDirectory(Path.Combine(folder, "seeds")).FullName
            : SeedPaths.FindSeedsFolder() ?? throw new InvalidOperationException("The repository's seeds/ folder was not found.");
    }

    public string DatabasePath { get; }
    public string SeedsPath { get; }

    /// <summary>Settings layered over appsettings.json, by key; tests may add their own before the first request.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Outside Development the app only finds its CSS through the static web assets manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:AiWatch", $"Data Source={DatabasePath}");
        builder.UseSetting("AiWatch:SeedsPath", SeedsPath);
        // Request lines and startup counts would drown the test output.
        var testDefaults = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // A known admin password (AdminClient signs in with it), and no sign-in or ingestion limit to trip over in a test class.
            ["AiWatch:Admin:Password"] = AdminClient.Password,
            ["AiWatch:Admin:SignInAttemptsPerMinute"] = "10000",
            ["AiWatch:Admin:IngestionRequestsPerMinute"] = "10000",
        };
        // A test's own settings win over these defaults (this source is read last, after UseSetting's).
        foreach (var (key, value) in Settings)
        {
            testDefaults[key] = value;
        }
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(testDefaults));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<AiWatchDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AiWatchDbContext>());
    }

    /// <summary>
    /// The same app on a database that cannot be opened (a file in a folder that does not exist), with the start-up
    /// work skipped so the server gets as far as taking requests.
    /// </summary>
    public WebApplicationFactory<Program> WithBrokenDatabase() => WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
    {
        services.Remove(services.Single(s => s.ImplementationType == typeof(DatabaseStartup)));
        services.RemoveAll<DbContextOptions<AiWatchDbContext>>();
        services.AddDbContext<AiWatchDbContext>(options => options.UseSqlite("Data Source=/no/such/folder/aiwatch.db"));
    }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // Pooled connections keep the file open; without this the folder cannot be removed.
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; failing a test over it is not.
            }
        }
    }
}

/// <summary>The app with nothing to seed: every page must still work on an empty database.</summary>
public sealed class EmptyApplication : AiWatchApplication
{
    public EmptyApplication() : base(emptySeeds: true)
    {
    }
}

/// <summary>The app plus <see cref="SampleData"/>: known facts at known offsets.</summary>
public sealed class SampleApplication : AiWatchApplication, IAsyncLifetime
{
    public SampleData Sample { get; private set; } = null!;

    public async Task InitializeAsync() => Sample = await WithDbAsync(SampleData.InsertAsync);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
