using AiWatch.Core.Analysis;
using AiWatch.Core.Model;

namespace AiWatch.Core.Ingestion;

/// <summary>Turns an <see cref="AnalysisResult"/> into entities of one article, resolving slugs to actor ids.</summary>
public sealed class FactMapper(IReadOnlyDictionary<string, int> actorIds)
{
    public void Apply(Article article, AnalysisResult result, DateTime analyzedUtc)
    {
        var version = ArticleAnalyzer.Version;
        article.AnalyzerVersion = version;
        article.AnalyzedUtc = analyzedUtc;
        article.Mentions.AddRange(ToMentions(result.Mentions, MentionKind.Literal, version));
        article.Mentions.AddRange(ToMentions(result.Epithets, MentionKind.Epithet, version));
        article.CoMentions.AddRange(ToCoMentions(result.CoMentions, version));
        article.Events.AddRange(result.Events.Select(e => ToEvent(e, version)));
        article.Quotes.AddRange(result.Quotes.Select(q => new Quote
        {
            Text = q.Text,
            SpeakerActorId = Id(q.SpeakerSlug),
            SpeakerName = q.SpeakerSlug is not null && actorIds.ContainsKey(q.SpeakerSlug) ? null : q.SpeakerName ?? q.SpeakerSlug,
            Start = q.Start,
            Length = q.Length,
            AnalyzerVersion = version,
        }));
        article.Claims.AddRange(result.Claims
            .Where(c => actorIds.ContainsKey(c.SpeakerSlug))
            .Select(c => new Claim
            {
                SpeakerActorId = actorIds[c.SpeakerSlug],
                TargetActorId = Id(c.TargetSlug),
                Text = c.Text,
                Hedged = c.Hedged,
                Start = c.Start,
                Length = c.Length,
                AnalyzerVersion = version,
            }));
        article.Amounts.AddRange(result.Amounts.Select(a => new Amount
        {
            Value = a.Value, Currency = a.Currency, Text = a.Text, Start = a.Start, Length = a.Length, AnalyzerVersion = version,
        }));
    }

    private IEnumerable<Mention> ToMentions(IEnumerable<MentionMatch> matches, MentionKind kind, string version) =>
        matches
            .Where(m => actorIds.ContainsKey(m.Slug))
            .Select(m => new Mention { ActorId = actorIds[m.Slug], Start = m.Start, Length = m.Length, Surface = m.Surface, Kind = kind, AnalyzerVersion = version });

    /// <summary>
    /// One row per pair of known actors, ActorAId &lt; ActorBId: the analyser orders pairs by slug, the table by id,
    /// so pairs are re-ordered here, and two matches naming the same pair (never expected) add their sentences.
    /// </summary>
    private IEnumerable<CoMention> ToCoMentions(IEnumerable<CoMentionMatch> matches, string version) =>
        matches
            .Where(c => actorIds.ContainsKey(c.SlugA) && actorIds.ContainsKey(c.SlugB) && actorIds[c.SlugA] != actorIds[c.SlugB])
            .GroupBy(c => (Math.Min(actorIds[c.SlugA], actorIds[c.SlugB]), Math.Max(actorIds[c.SlugA], actorIds[c.SlugB])))
            .Select(g => new CoMention
            {
                ActorAId = g.Key.Item1, ActorBId = g.Key.Item2, SentenceCount = g.Sum(c => c.SentenceCount), AnalyzerVersion = version,
            });

    private Event ToEvent(EventMatch match, string version)
    {
        var actors = match.Actors.Where(actorIds.ContainsKey).Distinct().ToList();
        return new Event
        {
            Type = match.Type,
            Date = match.Date,
            DateStart = PartialDate.FirstDay(match.Date),
            AmountValue = match.Amount?.Value,
            AmountCurrency = match.Amount?.Currency,
            DateApproximate = match.DateApproximate,
            Hedged = match.Hedged,
            Evidence = match.Evidence,
            EvidenceStart = match.Start,
            EvidenceLength = match.Length,
            AnalyzerVersion = version,
            Actors = actors.Select((slug, i) => new EventActor { ActorId = actorIds[slug], Position = i }).ToList(),
        };
    }

    private int? Id(string? slug) => slug is not null && actorIds.TryGetValue(slug, out var id) ? id : null;
}
