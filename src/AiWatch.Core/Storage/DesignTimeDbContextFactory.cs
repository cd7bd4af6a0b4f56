using Microsoft.EntityFrameworkCore.Design;

namespace AiWatch.Core.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AiWatchDbContext>
{
    public AiWatchDbContext CreateDbContext(string[] args) => new(StorageSetup.Options(StorageSetup.DefaultConnectionString));
}
