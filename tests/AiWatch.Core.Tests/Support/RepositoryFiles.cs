namespace AiWatch.Core.Tests.Support;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string ActorsJson => Path.Combine(Seeds, "actors.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiWatch.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("AiWatch.sln not found above " + AppContext.BaseDirectory);
    }
}
