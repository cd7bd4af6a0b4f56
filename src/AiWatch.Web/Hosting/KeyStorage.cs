using AiWatch.Core.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>
/// Keeps the data-protection keys (they protect the sign-in cookie and the anti-forgery tokens) in a <c>keys</c>
/// folder beside the database file, so a deployment that keeps its database keeps its sign-ins across restarts
/// and containers. An in-memory database leaves ASP.NET Core's default (the user profile) in place.
/// </summary>
public static class KeyStorage
{
    public const string FolderName = "keys";

    public static IServiceCollection AddAiWatchKeyStorage(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("AiWatch");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            if (KeysFolder(StorageRegistration.ConnectionString(provider.GetRequiredService<IConfiguration>())) is { } folder)
            {
                options.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(folder), provider.GetRequiredService<ILoggerFactory>());
            }
        }));
        return services;
    }

    /// <summary>The keys folder for a SQLite connection string: beside its file, or null for an in-memory database.</summary>
    public static string? KeysFolder(string connectionString) =>
        StorageSetup.DatabasePath(connectionString) is { } database ? Path.Combine(Path.GetDirectoryName(database) ?? ".", FolderName) : null;
}
