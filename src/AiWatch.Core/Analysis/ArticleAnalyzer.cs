namespace AiWatch.Core.Analysis;

/// <summary>Runs every analysis step over one article's text. Pure: no database, no clock.</summary>
public sealed class ArticleAnalyzer
{
    /// <summary>Stored with every fact, so a re-analysis can tell what an older rule set produced.</summary>
    public const string Version = "1.2.0";

    private readonly ActorRegistry registry;
    private readonly ActorMatcher matcher;

    public ArticleAnalyzer(ActorRegistry registry)
    {
        this.registry = registry;
        matcher = new ActorMatcher(registry);
    }

    /// <summary>
    /// Actors (literal mentions, epithets, co-mentions), events, quotes, claims and amounts of <paramref name="text"/> (one paragraph per line).
    /// <paramref name="published"/> resolves relative dates ("en février", "l'an prochain"); offsets index into <paramref name="text"/>.
    /// A run of more than <see cref="LongSentences.MaxLength"/> characters without a sentence end is analysed in pieces.
    /// </summary>
    public AnalysisResult Analyze(string text, DateOnly? published)
    {
        text = LongSentences.Bound(text);
        var folded = French.FoldedText.Of(text);
        var mentions = matcher.Match(folded);
        var context = new ArticleContext(folded, registry, mentions, published);
        var amounts = AmountExtractor.Extract(context.Folded, context.Sentences);
        var dates = DateExtractor.Extract(context.Folded, published);
        var events = EventExtractor.Extract(context, amounts, dates);
        var quotes = QuoteExtractor.Extract(context);
        var claims = ClaimExtractor.Extract(context, amounts);
        return new AnalysisResult(mentions, events, quotes, claims, amounts)
        {
            Epithets = ReferenceSummary.Epithets(context),
            CoMentions = ReferenceSummary.CoMentions(context),
        };
    }
}
