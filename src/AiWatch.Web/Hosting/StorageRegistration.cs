using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Hosting;

public static class StorageRegistration
{
    public const string ConnectionStringName = "AiWatch";

    /// <summary>The configured connection string, or the default file under the working directory.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) ?? StorageSetup.DefaultConnectionString;

    public static IServiceCollection AddAiWatchStorage(this IServiceCollection services)
    {
        // Read inside the callback rather than at registration so settings added by tests or the command line count.
        // EF Core hands AddDbContext<T> callbacks a DbContextOptionsBuilder<T>, hence the cast.
        services.AddDbContext<AiWatchDbContext>((provider, options) => StorageSetup.Configure(
            (DbContextOptionsBuilder<AiWatchDbContext>)options,
            ConnectionString(provider.GetRequiredService<IConfiguration>())));
        services.AddHostedService<DatabaseStartup>();
        return services;
    }
}
