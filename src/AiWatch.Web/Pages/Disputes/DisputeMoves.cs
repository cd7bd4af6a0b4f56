using AiWatch.Core.Facts;
using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Pages.Timeline;
using AiWatch.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Disputes;

/// <summary>
/// One move in a dispute: an event both sides take part in (<see cref="Event"/> set, with all its sources), or a claim
/// one side makes about the other (<see cref="By"/> set). <see cref="Link"/> goes to the sentence that reports it.
/// </summary>
public sealed record DisputeMove(DateOnly? When, string WhenLabel, string Kind, string Text, ActorRef? By, bool Hedged, string Link, EventGroupRow? Event);

public static class DisputeMoves
{
    /// <summary>
    /// Adversarial events of both actors (the types that make a dispute, so the moves match its counts; a
    /// partnership of the two is not a move) and claims of either about the other, oldest first, undated last.
    /// </summary>
    public static async Task<IReadOnlyList<DisputeMove>> LoadAsync(AiWatchDbContext db, ActorRef a, ActorRef b, CancellationToken ct)
    {
        var adversarial = new EventFilter(DisputeRules.AdversarialEventTypes, [a.Slug, b.Slug], AllActors: true);
        var events = (await GroupedEvents.LoadAsync(db, adversarial, ct))
            .Select(g => new DisputeMove(g.When, g.WhenLabel, "event", g.Lead.Evidence, null, g.Hedged, g.Lead.Link, g));
        var claims = await db.Claims.AsNoTracking()
            .Where(c => (c.SpeakerActor!.Slug == a.Slug && c.TargetActor!.Slug == b.Slug) || (c.SpeakerActor!.Slug == b.Slug && c.TargetActor!.Slug == a.Slug))
            .Select(c => new { c.Text, c.Start, c.Hedged, c.ArticleId, c.Article!.PublishedDate, Speaker = new ActorRef(c.SpeakerActor!.Slug, c.SpeakerActor.Name) })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, claims.Select(c => c.ArticleId), ct);
        return events
            .Concat(claims.Select(c => new DisputeMove(c.PublishedDate, Labels.Date(c.PublishedDate), "claim", c.Text, c.Speaker, c.Hedged, links.To(c.ArticleId, c.Start), null)))
            .OrderBy(m => m.When is null).ThenBy(m => m.When).ThenBy(m => m.Kind, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// For each dispute, the move <see cref="Index.Latest"/> would pick from <see cref="LoadAsync"/>, without loading
    /// its history: the newest adversarial event (all of them loaded together), unless a claim is later. A dispute's
    /// last date is its latest move's date (DisputeBuilder), so a later claim is looked for among the articles
    /// published that day only (a few, through the date index), not among all the claims of the pair; an undated
    /// dispute looks at all of them.
    /// </summary>
    public static async Task<IReadOnlyList<DisputeMove?>> LatestAsync(AiWatchDbContext db,
        IReadOnlyList<(ActorRef A, ActorRef B, DateOnly? LastDate)> disputes, CancellationToken ct)
    {
        var latestEvents = await GroupedEvents.NewestAsync(db,
            disputes.Select(d => new EventFilter(DisputeRules.AdversarialEventTypes, [d.A.Slug, d.B.Slug], AllActors: true)).ToList(), ct);
        var moves = new List<DisputeMove?>();
        foreach (var ((a, b, lastDate), latestEvent) in disputes.Zip(latestEvents))
        {
            moves.Add(await LatestAsync(db, a, b, lastDate, latestEvent, ct));
        }
        return moves;
    }

    private static async Task<DisputeMove?> LatestAsync(AiWatchDbContext db, ActorRef a, ActorRef b, DateOnly? lastDate, EventGroupRow? latestEvent, CancellationToken ct)
    {
        var eventMove = latestEvent is { } g ? new DisputeMove(g.When, g.WhenLabel, "event", g.Lead.Evidence, null, g.Hedged, g.Lead.Link, g) : null;
        if (eventMove?.When is { } when && (lastDate is null || when >= lastDate))
        {
            return eventMove;
        }
        var ids = await db.Actors.Where(x => x.Slug == a.Slug || x.Slug == b.Slug).Select(x => x.Id).ToListAsync(ct);
        var (idA, idB) = (ids.FirstOrDefault(), ids.LastOrDefault());
        var claims = db.Claims.AsNoTracking()
            .Where(c => (c.SpeakerActorId == idA && c.TargetActorId == idB) || (c.SpeakerActorId == idB && c.TargetActorId == idA));
        if (lastDate is { } day)
        {
            claims = claims.Where(c => c.Article!.PublishedDate == day);
        }
        var claim = await claims
            .OrderByDescending(c => c.Article!.PublishedDate).ThenByDescending(c => c.ArticleId).ThenByDescending(c => c.Start)
            .Select(c => new { c.Text, c.Start, c.Hedged, c.ArticleId, c.Article!.PublishedDate, Speaker = new ActorRef(c.SpeakerActor!.Slug, c.SpeakerActor.Name) })
            .FirstOrDefaultAsync(ct);
        if (claim is null)
        {
            return eventMove;
        }
        var links = await FactLinks.ForArticlesAsync(db, [claim.ArticleId], ct);
        var claimMove = new DisputeMove(claim.PublishedDate, Labels.Date(claim.PublishedDate), "claim", claim.Text, claim.Speaker, claim.Hedged,
            links.To(claim.ArticleId, claim.Start), null);
        return Index.Latest(new[] { claimMove, eventMove }.OfType<DisputeMove>()
            .OrderBy(m => m.When is null).ThenBy(m => m.When).ThenBy(m => m.Kind, StringComparer.Ordinal).ToList());
    }

    public static IReadOnlyList<Stake> Stakes(IEnumerable<DisputeMove> moves) => Stake.Sum(moves.Select(m => m.Event).OfType<EventGroupRow>());
}
