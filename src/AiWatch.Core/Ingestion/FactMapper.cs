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
        article.Mentions.AddRange(result.Mentions
            .Where(m => actorIds.ContainsKey(m.Slug))
            .Select(m => new Mention { ActorId = actorIds[m.Slug], Start = m.Start, Length = m.Length, Surface = m.Surface, AnalyzerVersion = version }));
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
