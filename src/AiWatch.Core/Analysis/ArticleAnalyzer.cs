namespace AiWatch.Core.Analysis;

/// <summary>Runs every analysis step over one article's text. Pure: no database, no clock.</summary>
public sealed class ArticleAnalyzer
{
    /// <summary>Stored with every fact, so a re-analysis can tell what an older rule set produced.</summary>
    public const string Version = "0.1.0";

    private readonly ActorRegistry registry;

    public ArticleAnalyzer(ActorRegistry registry) => this.registry = registry;

    public AnalysisResult Analyze(string text, DateOnly? published)
    {
        var mentions = new List<MentionMatch>();
        foreach (var actor in registry.Actors)
        {
            foreach (var form in actor.Aliases.Prepend(actor.Name))
            {
                var at = text.IndexOf(form, StringComparison.Ordinal);
                while (at >= 0)
                {
                    mentions.Add(new MentionMatch(actor.Slug, at, form.Length, form));
                    at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal);
                }
            }
        }
        return new AnalysisResult(mentions, [], [], [], []);
    }
}
