using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Facts;

/// <summary>
/// Keeps the Disputes table in line with the stored facts: one row per pair of actors opposed by an adversarial
/// event (<see cref="DisputeRules"/>) or a claim of one about the other, with its counts and dates.
/// </summary>
public static class DisputeBuilder
{
    /// <summary>
    /// Recomputes every pair from the facts in one pass (two queries, grouped in memory) and writes only what
    /// differs: new pairs are added, changed ones updated (<see cref="Dispute.UpdatedUtc"/> = <paramref name="now"/>),
    /// pairs without facts deleted. Whole-corpus rather than per pair, because the facts a re-analysis removed
    /// are gone by the time this runs; adversarial events and targeted claims are a small part of the corpus.
    /// </summary>
    public static async Task<RowChanges> RebuildAsync(AiWatchDbContext db, DateTime now, CancellationToken ct = default)
    {
        var computed = await ComputeAsync(db, ct);
        var slugs = await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug, ct);
        var stored = await db.Disputes.ToListAsync(ct);
        var (created, updated, deleted) = (0, 0, 0);
        foreach (var dispute in stored.Where(d => !computed.ContainsKey((d.ActorAId, d.ActorBId))))
        {
            db.Disputes.Remove(dispute);
            deleted++;
        }
        var byPair = stored.ToDictionary(d => (d.ActorAId, d.ActorBId));
        foreach (var (pair, tally) in computed)
        {
            if (!byPair.TryGetValue(pair, out var dispute))
            {
                dispute = db.Disputes.Add(new Dispute { ActorAId = pair.A, ActorBId = pair.B }).Entity;
                created++;
            }
            else if (Same(dispute, tally, slugs))
            {
                continue;
            }
            else
            {
                updated++;
            }
            dispute.Slug = DisputeRules.Slug(slugs[pair.A], slugs[pair.B]);
            (dispute.EventCount, dispute.ClaimCount, dispute.FirstDate, dispute.LastDate) = (tally.Happenings.Count, tally.Claims, tally.First, tally.Last);
            dispute.UpdatedUtc = now;
        }
        await db.SaveChangesAsync(ct);
        return new RowChanges(created, updated, deleted);
    }

    private static bool Same(Dispute dispute, Tally tally, IReadOnlyDictionary<int, string> slugs) =>
        dispute.Slug == DisputeRules.Slug(slugs[dispute.ActorAId], slugs[dispute.ActorBId])
        && (dispute.EventCount, dispute.ClaimCount, dispute.FirstDate, dispute.LastDate) == (tally.Happenings.Count, tally.Claims, tally.First, tally.Last);

    /// <summary>
    /// Per pair: the distinct happenings (event groups; an ungrouped event counts alone), the claims, and the
    /// first and last dates. An event is dated by its group's date, else its own, else its article's publication;
    /// a claim by its article's publication.
    /// </summary>
    private static async Task<Dictionary<(int A, int B), Tally>> ComputeAsync(AiWatchDbContext db, CancellationToken ct)
    {
        var types = DisputeRules.AdversarialEventTypes.ToList();
        var events = await db.Events.AsNoTracking()
            .Where(e => types.Contains(e.Type) && e.Actors.Count >= 2)
            .Select(e => new
            {
                e.Id, e.Type, e.GroupId,
                Date = e.Group != null && e.Group.DateStart != null ? e.Group.DateStart : e.DateStart ?? e.Article!.PublishedDate,
                Actors = e.Actors.OrderBy(a => a.Position).Select(a => a.ActorId).ToList(),
            })
            .ToListAsync(ct);
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.TargetActorId != null && c.TargetActorId != c.SpeakerActorId)
            .Select(c => new { c.SpeakerActorId, c.TargetActorId, c.Article!.PublishedDate })
            .ToListAsync(ct);
        var allies = await AlliesAsync(db, ct);
        var tallies = new Dictionary<(int A, int B), Tally>();
        Tally For((int, int) pair) => tallies.TryGetValue(pair, out var t) ? t : tallies[pair] = new Tally();
        foreach (var e in events)
        {
            foreach (var pair in DisputeRules.OpposedPairs(e.Type, e.Actors, allies))
            {
                For(pair).AddEvent(e.GroupId ?? -e.Id, e.Date);
            }
        }
        foreach (var c in claims)
        {
            if (DisputeRules.OpposedPair(c.SpeakerActorId, c.TargetActorId, allies) is { } pair)
            {
                For(pair).AddClaim(c.PublishedDate);
            }
        }
        return tallies;
    }

    /// <summary>Pairs (ordered by id) of a person and an organisation of the table they are affiliated with.</summary>
    public static async Task<IReadOnlySet<(int, int)>> AlliesAsync(AiWatchDbContext db, CancellationToken ct = default)
    {
        var ids = await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Id, ct);
        var affiliations = await db.ActorAffiliations.AsNoTracking().Select(f => new { f.ActorId, f.Organisation }).ToListAsync(ct);
        return affiliations
            .Where(f => ids.ContainsKey(f.Organisation) && ids[f.Organisation] != f.ActorId)
            .Select(f => DisputeRules.Ordered(f.ActorId, ids[f.Organisation]))
            .ToHashSet();
    }

    private sealed class Tally
    {
        /// <summary>Group ids, or minus the event id for an ungrouped event.</summary>
        public HashSet<int> Happenings { get; } = new();
        public int Claims { get; private set; }
        public DateOnly? First { get; private set; }
        public DateOnly? Last { get; private set; }

        public void AddEvent(int happening, DateOnly? date)
        {
            Happenings.Add(happening);
            AddDate(date);
        }

        public void AddClaim(DateOnly? date)
        {
            Claims++;
            AddDate(date);
        }

        private void AddDate(DateOnly? date)
        {
            if (date is { } day)
            {
                First = First is { } first && first <= day ? first : day;
                Last = Last is { } last && last >= day ? last : day;
            }
        }
    }
}
