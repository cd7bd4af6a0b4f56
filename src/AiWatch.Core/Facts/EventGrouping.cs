using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Facts;

/// <summary>
/// Stores the cross-article grouping of events: each report joins the group of the same happening
/// (<see cref="EventMatcher"/>) or starts one, and every group's summary (<see cref="GroupSummary"/>) follows its
/// reports; a group left without reports is deleted.
/// </summary>
public static class EventGrouping
{
    /// <summary>
    /// Puts the article's events that have no group yet into groups: a report joins a group when it tells the same
    /// happening as every report already in it (the largest such group, then the oldest), otherwise it starts one.
    /// Then refreshes the groups it joined and <paramref name="formerGroupIds"/> (the groups of the reports a
    /// re-analysis just removed).
    /// </summary>
    public static Task<RowChanges> AssignAsync(AiWatchDbContext db, int articleId, IEnumerable<int> formerGroupIds, CancellationToken ct = default) =>
        AssignAsync(db, articleId, formerGroupIds, new EventGroupCache(), ct);

    /// <summary>
    /// As above, with the candidate groups of each (type, participants) read once into <paramref name="cache"/> and
    /// kept there for the next articles of the same writer: a bulk import does not re-read thousands of groups per event.
    /// </summary>
    public static async Task<RowChanges> AssignAsync(AiWatchDbContext db, int articleId, IEnumerable<int> formerGroupIds, EventGroupCache cache, CancellationToken ct = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var slugs = await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug, ct);
        var published = await db.Articles.Where(a => a.Id == articleId).Select(a => a.PublishedDate).FirstOrDefaultAsync(ct);
        var events = await db.Events.Include(e => e.Actors)
            .Where(e => e.ArticleId == articleId && e.GroupId == null).OrderBy(e => e.Id).ToListAsync(ct);
        var candidates = cache.Candidates;
        var joinedGroups = new List<Candidate>();
        var created = new List<EventGroup>();
        foreach (var stored in events)
        {
            var report = Report(stored, published, slugs);
            var key = (stored.Type, EventMatcher.ParticipantKey(report.ActorSlugs));
            if (!candidates.TryGetValue(key, out var groups))
            {
                groups = report.ActorSlugs.Count == 0 ? [] : await CandidatesAsync(db, report, slugs, ct);
                candidates[key] = groups;
            }
            var match = BestMatch(groups, report);
            if (match is null)
            {
                match = new Candidate(new EventGroup { Type = stored.Type, ActorSlugs = string.Join(",", report.ActorSlugs) }, []);
                db.EventGroups.Add(match.Group);
                created.Add(match.Group);
                groups.Add(match);
            }
            // A group read earlier (and no longer tracked) is joined by its id; a new one through the navigation.
            if (match.Group.Id > 0)
            {
                stored.GroupId = match.Group.Id;
            }
            else
            {
                stored.Group = match.Group;
            }
            match.Add(new GroupMember(stored.Id, articleId, report));
            joinedGroups.Add(match);
        }
        await db.SaveChangesAsync(ct);
        var joined = joinedGroups.Select(c => c.Group.Id);
        var refreshed = await RefreshAsync(db, joined.Concat(formerGroupIds).ToHashSet(), created.Select(g => g.Id).ToHashSet(), ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return refreshed with { Created = created.Count };
    }

    /// <summary>
    /// Groups the events of a new article before they are inserted, from what is in memory: the candidates of each
    /// (type, participants) come from <paramref name="cache"/> (read once per key), summaries are computed from the
    /// cached reports, and only the groups that change are written. Returns each report's group id, in order, for
    /// the events to be inserted into their group directly (an event inserted alone and moved into a group right
    /// after made the timeline statistics create, then delete, an entry of its own). Until
    /// <see cref="NewReports.Confirm"/> gives the events' ids, their members carry provisional ids that sort after
    /// every stored event, in the order of <paramref name="reports"/>, as the real ones will.
    /// </summary>
    public static async Task<NewReports> AssignNewAsync(AiWatchDbContext db, Ingestion.ArticleRows rows, int articleId,
        IReadOnlyList<EventReport> reports, EventGroupCache cache, CancellationToken ct = default)
    {
        IReadOnlyDictionary<int, string>? slugs = null;
        var touched = new List<Candidate>();
        var assigned = new List<(Candidate Group, GroupMember Member)>();
        var created = 0;
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var key = (report.Type, EventMatcher.ParticipantKey(report.ActorSlugs));
            if (!cache.Candidates.TryGetValue(key, out var groups))
            {
                slugs ??= await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug, ct);
                groups = report.ActorSlugs.Count == 0 ? [] : await CandidatesAsync(db, report, slugs, ct);
                cache.Candidates[key] = groups;
            }
            var match = BestMatch(groups, report);
            if (match is null)
            {
                match = new Candidate(new EventGroup { Type = report.Type, ActorSlugs = string.Join(",", report.ActorSlugs) }, []);
                groups.Add(match);
                created++;
            }
            var member = new GroupMember(NewReports.ProvisionalId(i, reports.Count), articleId, report);
            match.Add(member);
            if (!touched.Contains(match))
            {
                touched.Add(match);
            }
            assigned.Add((match, member));
        }
        var updated = 0;
        foreach (var candidate in touched)
        {
            var changed = Apply(candidate.Group, candidate.Tally.Summary());
            if (candidate.Group.Id == 0)
            {
                rows.InsertGroup(candidate.Group);
            }
            else if (changed)
            {
                rows.UpdateGroupSummary(candidate.Group);
                updated++;
            }
        }
        return new NewReports(assigned, new RowChanges(created, updated, 0));
    }

    /// <summary>
    /// The group a report joins: one whose every report tells the same happening, the one with most articles,
    /// then the oldest; null when none does.
    /// </summary>
    private static Candidate? BestMatch(List<Candidate> groups, EventReport report)
    {
        var probe = EventMatcher.Probe(report);
        var terms = MatchTerms.Of(report);
        Candidate? best = null;
        foreach (var candidate in groups)
        {
            if (probe.Overlaps(candidate.Window) && candidate.Tally.Admits(terms)
                && (best is null || candidate.Tally.SourceCount > best.Tally.SourceCount))
            {
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>An event as the matcher sees it; <paramref name="slugs"/> names its actors (agent first, by position).</summary>
    public static EventReport Report(Event stored, DateOnly? published, IReadOnlyDictionary<int, string> slugs) =>
        Report(stored.Type, stored.Date, stored.DateApproximate, stored.AmountValue, stored.AmountCurrency, stored.Hedged,
            published, stored.Actors.OrderBy(a => a.Position).Select(a => a.ActorId), slugs);

    /// <summary>
    /// Refreshes every group whose source count no longer matches its reports (an article deleted, or re-analysed
    /// by a path that did not say which groups it left) and deletes the groups left empty.
    /// </summary>
    public static async Task<RowChanges> RepairAsync(AiWatchDbContext db, CancellationToken ct = default)
    {
        var stale = await db.EventGroups
            .Where(g => g.SourceCount != g.Reports.Select(r => r.ArticleId).Distinct().Count())
            .Select(g => g.Id)
            .ToListAsync(ct);
        return stale.Count == 0 ? RowChanges.None : await RefreshAsync(db, stale.ToHashSet(), new HashSet<int>(), ct);
    }

    /// <summary>Every group's summary by id, to compare before and after a run of several articles.</summary>
    public static async Task<IReadOnlyDictionary<int, GroupSummary>> SnapshotAsync(AiWatchDbContext db, CancellationToken ct = default) =>
        await db.EventGroups.AsNoTracking().ToDictionaryAsync(g => g.Id,
            g => new GroupSummary(g.Date, g.DateStart, g.AmountValue, g.AmountCurrency, g.Hedged, g.ActorSlugs, g.SourceCount), ct);

    /// <summary>Net changes between two snapshots: a group created and then joined within the run counts once, as created.</summary>
    public static RowChanges Compare(IReadOnlyDictionary<int, GroupSummary> before, IReadOnlyDictionary<int, GroupSummary> after) =>
        new(after.Keys.Count(id => !before.ContainsKey(id)),
            after.Count(p => before.TryGetValue(p.Key, out var old) && old != p.Value),
            before.Keys.Count(id => !after.ContainsKey(id)));

    private static async Task<RowChanges> RefreshAsync(AiWatchDbContext db, IReadOnlySet<int> groupIds, IReadOnlySet<int> createdIds, CancellationToken ct)
    {
        var ids = groupIds.ToList();
        var groups = await db.EventGroups.Where(g => ids.Contains(g.Id)).ToListAsync(ct);
        var members = await MembersAsync(db, ids, await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug, ct), ct);
        var (updated, deleted) = (0, 0);
        foreach (var group in groups)
        {
            if (!members.TryGetValue(group.Id, out var reports))
            {
                db.EventGroups.Remove(group);
                deleted++;
            }
            else if (Apply(group, GroupSummary.Of(reports)) && !createdIds.Contains(group.Id))
            {
                updated++;
            }
        }
        await db.SaveChangesAsync(ct);
        return new RowChanges(0, updated, deleted);
    }

    private static bool Apply(EventGroup group, GroupSummary summary)
    {
        var before = (group.Date, group.DateStart, group.AmountValue, group.AmountCurrency, group.Hedged, group.ActorSlugs, group.SourceCount);
        (group.Date, group.DateStart, group.AmountValue, group.AmountCurrency, group.Hedged, group.ActorSlugs, group.SourceCount) =
            (summary.Date, summary.DateStart, summary.AmountValue, summary.AmountCurrency, summary.Hedged, summary.ActorSlugs, summary.SourceCount);
        return before != (group.Date, group.DateStart, group.AmountValue, group.AmountCurrency, group.Hedged, group.ActorSlugs, group.SourceCount);
    }

    /// <summary>Stored groups of the report's type and participants (the display key has the same length whatever the order), with their reports.</summary>
    private static async Task<List<Candidate>> CandidatesAsync(AiWatchDbContext db, EventReport report, IReadOnlyDictionary<int, string> slugs, CancellationToken ct)
    {
        var participants = EventMatcher.ParticipantKey(report.ActorSlugs);
        var length = string.Join(",", report.ActorSlugs).Length;
        var groups = (await db.EventGroups.AsNoTracking().Where(g => g.Type == report.Type && g.ActorSlugs.Length == length).OrderBy(g => g.Id).ToListAsync(ct))
            .Where(g => EventMatcher.ParticipantKey(g.ActorSlugs.Split(',')) == participants)
            .ToList();
        var members = await MembersAsync(db, groups.Select(g => g.Id).ToList(), slugs, ct);
        return groups.Select(g => new Candidate(g, members.GetValueOrDefault(g.Id) ?? [])).ToList();
    }

    private static async Task<Dictionary<int, List<GroupMember>>> MembersAsync(AiWatchDbContext db, List<int> groupIds, IReadOnlyDictionary<int, string> slugs, CancellationToken ct)
    {
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.GroupId != null && groupIds.Contains(e.GroupId.Value))
            .Select(e => new
            {
                e.Id, GroupId = e.GroupId!.Value, e.ArticleId, e.Type, e.Date, e.DateApproximate, e.AmountValue, e.AmountCurrency, e.Hedged,
                e.Article!.PublishedDate,
                Actors = e.Actors.OrderBy(a => a.Position).Select(a => a.ActorId).ToList(),
            })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.GroupId).ToDictionary(g => g.Key, g => g
            .Select(r => new GroupMember(r.Id, r.ArticleId,
                Report(r.Type, r.Date, r.DateApproximate, r.AmountValue, r.AmountCurrency, r.Hedged, r.PublishedDate, r.Actors, slugs)))
            .ToList());
    }

    private static EventReport Report(string type, string? date, bool approximate, decimal? amount, string? currency, bool hedged,
        DateOnly? published, IEnumerable<int> actorIds, IReadOnlyDictionary<int, string> slugs) =>
        new(type, actorIds.Where(slugs.ContainsKey).Select(id => slugs[id]).ToList(), date, approximate, amount, currency, hedged, published);

}

/// <summary>
/// Stored event groups by (type, participants) with their reports, as one writer has read and extended them.
/// Valid while that writer is the only one assigning groups; cleared when its transaction rolls back or an
/// update removes reports.
/// </summary>
public sealed class EventGroupCache
{
    internal Dictionary<(string Type, string Participants), List<Candidate>> Candidates { get; } = new();

    public void Clear() => Candidates.Clear();
}

/// <summary>The groups <see cref="EventGrouping.AssignNewAsync"/> gave a new article's reports, in order.</summary>
public sealed class NewReports
{
    private readonly IReadOnlyList<(Candidate Group, GroupMember Member)> assigned;

    internal NewReports(IReadOnlyList<(Candidate Group, GroupMember Member)> assigned, RowChanges changes)
    {
        this.assigned = assigned;
        Changes = changes;
    }

    public RowChanges Changes { get; }

    /// <summary>The group id of each report, in the order they were given.</summary>
    public IReadOnlyList<int> GroupIds => assigned.Select(a => a.Group.Group.Id).ToList();

    /// <summary>Ids above any stored event's, in the reports' order: what the inserted events will get.</summary>
    internal static int ProvisionalId(int index, int count) => int.MaxValue - count + index + 1;

    /// <summary>Replaces the provisional ids with those the inserted events got, in the reports' order.</summary>
    public void Confirm(IReadOnlyList<int> eventIds)
    {
        if (eventIds.Count != assigned.Count)
        {
            throw new ArgumentException($"{assigned.Count} event ids expected, got {eventIds.Count}", nameof(eventIds));
        }
        for (var i = 0; i < assigned.Count; i++)
        {
            assigned[i].Group.Tally.Replace(assigned[i].Member, assigned[i].Member with { EventId = eventIds[i] });
        }
    }
}

/// <summary>A group a report may join, with its reports and the days a matching report must touch.</summary>
internal sealed class Candidate
{
    /// <summary>The group with its stored reports, given in any order.</summary>
    public Candidate(EventGroup group, IEnumerable<GroupMember> members)
    {
        Group = group;
        foreach (var member in members.OrderBy(m => m.EventId))
        {
            Add(member);
        }
    }

    public EventGroup Group { get; }

    public GroupTally Tally { get; } = new();

    /// <summary>A report joins only when it matches every member, so the first member's window is enough to rule groups out.</summary>
    public DayWindow Window { get; private set; } = DayWindow.Everything;

    public void Add(GroupMember member)
    {
        if (Tally.Members.Count == 0)
        {
            Window = EventMatcher.Window(member.Report);
        }
        Tally.Add(member);
    }
}
