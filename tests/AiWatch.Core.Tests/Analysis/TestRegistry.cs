using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Tests.Analysis;

/// <summary>The repository's actor registry (seeds/actors.json), loaded once for the analysis tests.</summary>
public static class TestRegistry
{
    private static readonly Lazy<ActorRegistry> Lazy = new(() =>
        ActorRegistry.Load(Path.Combine(SeedPaths.FindSeedsFolder() ?? throw new InvalidOperationException("seeds/actors.json not found"), SeedPaths.ActorsFile)));

    public static ActorRegistry Registry => Lazy.Value;

    public static ArticleAnalyzer Analyzer { get; } = new(Registry);

    public static ArticleContext Context(string text, DateOnly? published = null)
    {
        var mentions = new ActorMatcher(Registry).Match(text);
        return new ArticleContext(text, Registry, mentions, published);
    }
}
