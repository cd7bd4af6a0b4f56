using AiWatch.Core.Facts;
using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage;

/// <summary>A dispute's story: what happened between the two actors and what each said of the other, in date order.</summary>
public sealed record DisputeTimeline(Dispute Dispute, Actor ActorA, Actor ActorB, IReadOnlyList<DisputeEntry> Entries);

public enum DisputeEntryKind
{
    /// <summary>A happening (lawsuit, bid, settlement), once however many articles report it.</summary>
    Event,
    /// <summary>What one of the two said of the other.</summary>
    Claim,
}

/// <summary>
/// One line of a dispute's timeline. <see cref="SortDate"/> is the reported date's first day, else the first
/// publication date of its sources; <see cref="Date"/> the date as reported (null for claims, which are dated by
/// publication). For events <see cref="ActorId"/> is the agent and <see cref="Text"/> the first report's sentence;
/// for claims they are the speaker and the claim.
/// </summary>
public sealed record DisputeEntry(
    DisputeEntryKind Kind,
    DateOnly? SortDate,
    string? Date,
    string? EventType,
    int? GroupId,
    int ActorId,
    int OtherActorId,
    string Text,
    bool Hedged,
    decimal? AmountValue,
    string? AmountCurrency,
    IReadOnlyList<DisputeSource> Sources);

/// <summary>An article that reports an entry, with the span of its sentence.</summary>
public sealed record DisputeSource(int ArticleId, string? Title, DateOnly? PublishedDate, int Start, int Length, bool Hedged);

/// <summary>Disputes between actors (maintained by <see cref="DisputeBuilder"/>).</summary>
public static class DisputeQueries
{
    public static Task<Dispute?> DisputeBySlugAsync(this AiWatchDbContext db, string slug, CancellationToken ct = default) =>
        db.Disputes.AsNoTracking().Include(d => d.ActorA).Include(d => d.ActorB).FirstOrDefaultAsync(d => d.Slug == slug, ct);

    /// <summary>The dispute's events (one entry per happening, with all its reports) and claims from both sides, oldest first; null for an unknown slug.</summary>
    public static async Task<DisputeTimeline?> DisputeTimelineAsync(this AiWatchDbContext db, string slug, CancellationToken ct = default)
    {
        if (await db.DisputeBySlugAsync(slug, ct) is not { } dispute)
        {
            return null;
        }
        var entries = (await EventEntriesAsync(db, dispute.ActorAId, dispute.ActorBId, ct))
            .Concat(await ClaimEntriesAsync(db, dispute.ActorAId, dispute.ActorBId, ct))
            .OrderBy(e => e.SortDate is null)
            .ThenBy(e => e.SortDate)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Sources[0].ArticleId)
            .ThenBy(e => e.Sources[0].Start)
            .ToList();
        return new DisputeTimeline(dispute, dispute.ActorA!, dispute.ActorB!, entries);
    }

    private static async Task<IEnumerable<DisputeEntry>> EventEntriesAsync(AiWatchDbContext db, int a, int b, CancellationToken ct)
    {
        var types = DisputeRules.AdversarialEventTypes.ToList();
        var allies = await DisputeBuilder.AlliesAsync(db, ct);
        var rows = await db.Events.AsNoTracking()
            .Where(e => types.Contains(e.Type) && e.Actors.Any(x => x.ActorId == a) && e.Actors.Any(x => x.ActorId == b))
            .Select(e => new
            {
                e.Id, e.Type, e.Date, e.DateStart, e.AmountValue, e.AmountCurrency, e.Hedged, e.Evidence, e.EvidenceStart, e.EvidenceLength,
                e.ArticleId, e.Article!.Title, e.Article.PublishedDate, e.Group,
                Actors = e.Actors.OrderBy(x => x.Position).Select(x => x.ActorId).ToList(),
            })
            .ToListAsync(ct);
        return rows
            .Where(r => DisputeRules.OpposedPairs(r.Type, r.Actors, allies).Contains((a, b)))
            .GroupBy(r => r.Group?.Id ?? -r.Id)
            .Select(g =>
            {
                var reports = g.OrderBy(r => r.PublishedDate is null).ThenBy(r => r.PublishedDate).ThenBy(r => r.Id).ToList();
                var (first, group) = (reports[0], reports[0].Group);
                var sources = reports.Select(r => new DisputeSource(r.ArticleId, r.Title, r.PublishedDate, r.EvidenceStart, r.EvidenceLength, r.Hedged)).ToList();
                return group is null
                    ? new DisputeEntry(DisputeEntryKind.Event, first.DateStart ?? first.PublishedDate, first.Date, first.Type, null, first.Actors[0],
                        OtherOf(first.Actors[0], a, b), first.Evidence, first.Hedged, first.AmountValue, first.AmountCurrency, sources)
                    : new DisputeEntry(DisputeEntryKind.Event, group.DateStart ?? first.PublishedDate, group.Date, group.Type, group.Id, first.Actors[0],
                        OtherOf(first.Actors[0], a, b), first.Evidence, group.Hedged, group.AmountValue, group.AmountCurrency, sources);
            });
    }

    private static async Task<IEnumerable<DisputeEntry>> ClaimEntriesAsync(AiWatchDbContext db, int a, int b, CancellationToken ct)
    {
        var rows = await db.Claims.AsNoTracking()
            .Where(c => (c.SpeakerActorId == a && c.TargetActorId == b) || (c.SpeakerActorId == b && c.TargetActorId == a))
            .Select(c => new { c.SpeakerActorId, c.Text, c.Hedged, c.Start, c.Length, c.ArticleId, c.Article!.Title, c.Article.PublishedDate })
            .ToListAsync(ct);
        return rows.Select(c => new DisputeEntry(DisputeEntryKind.Claim, c.PublishedDate, null, null, null, c.SpeakerActorId,
            OtherOf(c.SpeakerActorId, a, b), c.Text, c.Hedged, null, null,
            [new DisputeSource(c.ArticleId, c.Title, c.PublishedDate, c.Start, c.Length, c.Hedged)]));
    }

    private static int OtherOf(int actorId, int a, int b) => actorId == a ? b : a;
}
