using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Timeline;

/// <summary>One article's report of an event: its evidence sentence and where it was published.</summary>
public sealed record EventSource(int ArticleId, string ArticleTitle, string Source, DateOnly? PublishedDate, string Evidence, string Link);

/// <summary>
/// One happening, shown once with every article that reported it. An event not (yet) grouped by ingestion is its own
/// group, so the pages read the same before and after grouping.
/// </summary>
public sealed record EventGroupRow(
    string Key, string Type, string? Date, DateOnly? DateStart, bool DateApproximate, DateOnly? When, decimal? AmountValue, string? AmountCurrency,
    bool Hedged, IReadOnlyList<ActorRef> Actors, IReadOnlyList<EventSource> Sources)
{
    /// <summary>How many articles' reports the group has; <see cref="Sources"/> lists the first of them.</summary>
    public int ReportCount { get; init; } = 1;

    /// <summary>The first report's sentence: the one a single link goes to.</summary>
    public EventSource Lead => Sources[0];

    /// <summary>When it happened in words, "≈" in front when the date came from a relative expression ("l’an prochain").</summary>
    public string WhenLabel => (DateApproximate ? "≈ " : "") + Labels.EventWhen(Date, DateStart, When);

    /// <summary>The group it belongs to on the timeline: its month, or only its year when the text gave no month.</summary>
    public Period? Period => When is not { } when ? null : new Period(when.Year, Date?.Length == 4 ? null : when.Month);
}

/// <summary>A year, or a month of it. Sorts a year before its months, so "2025" heads the events of 2025.</summary>
public sealed record Period(int Year, int? Month) : IComparable<Period>
{
    public string Id => Month is { } month ? $"periode-{Year}-{month:00}" : $"periode-{Year}";
    public string Label => Month is { } month ? Labels.Month(new DateOnly(Year, month, 1)) : $"{Year} (mois non précisé)";

    public int CompareTo(Period? other) => other is null ? 1 : (Year, Month ?? 0).CompareTo((other.Year, other.Month ?? 0));
}

/// <summary>Some groups in order, and how many match in all.</summary>
public sealed record GroupPage(int Total, IReadOnlyList<EventGroupRow> Rows);

public static class GroupedEvents
{
    /// <summary>Groups with at least one report matching the filter, in the order they happened (undated last).</summary>
    public static async Task<IReadOnlyList<EventGroupRow>> LoadAsync(AiWatchDbContext db, EventFilter filter, CancellationToken ct) =>
        (await PageAsync(db, filter, 0, int.MaxValue, newestFirst: false, ct)).Rows;

    /// <summary>
    /// One page of groups. The order, the filter and the count are settled on the timeline statistics (one row per
    /// group, with its sort date, type and actors: <see cref="TimelineEntry"/>, <see cref="TimelineActor"/>), through
    /// their indexes, so only the page's reports are loaded with their text, sources and links. A group matches an
    /// actor filter when any of its reports names the actor (with <see cref="EventFilter.AllActors"/>, when its
    /// reports name every one of them).
    /// </summary>
    public static async Task<GroupPage> PageAsync(AiWatchDbContext db, EventFilter filter, int skip, int take, bool newestFirst, CancellationToken ct)
    {
        var entries = await EntriesAsync(db, filter, ct);
        var total = await entries.CountAsync(ct);
        var chosen = new List<int>();
        if (take > 0 && total > skip)
        {
            // SQLite sorts NULL first ascending and last descending: newest first is one indexed order, oldest first
            // takes the dated entries, then the undated (last whichever way).
            if (newestFirst)
            {
                chosen = await entries.OrderByDescending(e => e.SortDate).ThenByDescending(e => e.FirstEventId)
                    .Skip(skip).Take(take).Select(e => e.EntryKey).ToListAsync(ct);
            }
            else
            {
                // The undated are few: counting them is cheaper than counting the dated.
                var datedCount = total - await entries.CountAsync(e => e.SortDate == null, ct);
                chosen = await entries.Where(e => e.SortDate != null).OrderBy(e => e.SortDate).ThenBy(e => e.FirstEventId)
                    .Skip(skip).Take(take).Select(e => e.EntryKey).ToListAsync(ct);
                if (chosen.Count < take)
                {
                    chosen.AddRange(await entries.Where(e => e.SortDate == null).OrderBy(e => e.FirstEventId)
                        .Skip(Math.Max(0, skip - datedCount)).Take(take - chosen.Count).Select(e => e.EntryKey).ToListAsync(ct));
                }
            }
        }
        var rows = await LoadGroupsAsync(db, chosen.Where(k => k < 0).Select(k => -k).ToList(), chosen.Where(k => k > 0).ToList(), ct);
        var sorted = newestFirst
            ? rows.OrderBy(g => g.When is null).ThenByDescending(g => g.When).ThenByDescending(g => g.Lead.ArticleId)
            : rows.OrderBy(g => g.When is null).ThenBy(g => g.When).ThenBy(g => g.Lead.ArticleId);
        return new GroupPage(total, sorted.ThenBy(g => g.Key, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The newest group matching each filter (dated before undated), without counting the others; the groups found
    /// are loaded together (a list of disputes loaded each one's latest event on its own: 8 rows, 50 queries).
    /// </summary>
    public static async Task<IReadOnlyList<EventGroupRow?>> NewestAsync(AiWatchDbContext db, IReadOnlyList<EventFilter> filters, CancellationToken ct)
    {
        var keys = new List<int?>();
        foreach (var filter in filters)
        {
            keys.Add(await (await EntriesAsync(db, filter, ct)).OrderByDescending(e => e.SortDate).ThenByDescending(e => e.FirstEventId)
                .Select(e => (int?)e.EntryKey).FirstOrDefaultAsync(ct));
        }
        var found = keys.OfType<int>().Distinct().ToList();
        var rows = (await LoadGroupsAsync(db, found.Where(k => k < 0).Select(k => -k).ToList(), found.Where(k => k > 0).ToList(), ct))
            .ToDictionary(r => r.Key);
        return keys.Select(k => k is { } key ? rows.GetValueOrDefault(RowKey(key)) : null).ToList();
    }

    /// <summary>The <see cref="EventGroupRow.Key"/> of a timeline entry: "g" and the group's id, or "e" and the ungrouped event's.</summary>
    private static string RowKey(int entryKey) => entryKey > 0 ? $"g{entryKey}" : $"e{-entryKey}";

    /// <summary>The timeline entries the filter keeps, as one query (an actor filter reads the per-actor copy of the entries).</summary>
    private static async Task<IQueryable<TimelineEntry>> EntriesAsync(AiWatchDbContext db, EventFilter filter, CancellationToken ct)
    {
        IQueryable<TimelineEntry> entries;
        if (filter.Actors.Count == 0)
        {
            entries = db.TimelineEntries.AsNoTracking();
        }
        else
        {
            var slugs = filter.Actors.ToList();
            var ids = await db.Actors.Where(a => slugs.Contains(a.Slug)).Select(a => a.Id).ToListAsync(ct);
            if (filter.AllActors && ids.Count < slugs.Count)
            {
                ids.Clear();
            }
            var first = ids.FirstOrDefault();
            var actors = filter.AllActors || ids.Count == 1
                ? db.TimelineActors.AsNoTracking().Where(a => a.ActorId == first)
                : db.TimelineActors.AsNoTracking().Where(a => ids.Contains(a.ActorId));
            if (filter.AllActors)
            {
                foreach (var other in ids.Skip(1))
                {
                    actors = actors.Where(a => db.TimelineActors.Any(o => o.ActorId == other && o.EntryKey == a.EntryKey));
                }
            }
            var projected = actors.Select(a => new TimelineEntry
            {
                EntryKey = a.EntryKey, SortDate = a.SortDate, FirstEventId = a.FirstEventId, Type = a.Type,
            });
            entries = ids.Count > 1 && !filter.AllActors ? projected.Distinct() : projected;
        }
        if (filter.Types.Count > 0)
        {
            var types = filter.Types.ToList();
            entries = entries.Where(e => types.Contains(e.Type));
        }
        if (filter.From is { } from)
        {
            entries = entries.Where(e => e.SortDate >= from);
        }
        if (filter.To is { } to)
        {
            entries = entries.Where(e => e.SortDate <= to);
        }
        return entries;
    }

    /// <summary>Reports listed under a group: the earliest; the others are counted (<see cref="EventGroupRow.ReportCount"/>).</summary>
    public const int ReportsShown = 5;

    /// <summary>
    /// The given ungrouped events and the first <see cref="ReportsShown"/> reports of the given groups, with what
    /// every report of a group says (its count, its actors, whether its date is approximate) summed up in SQLite: a
    /// group reported by hundreds of articles used to load every report and split every reporting article's text.
    /// </summary>
    private static async Task<IReadOnlyList<EventGroupRow>> LoadGroupsAsync(AiWatchDbContext db, List<int> eventIds, List<int> groupIds, CancellationToken ct)
    {
        if (eventIds.Count == 0 && groupIds.Count == 0)
        {
            return [];
        }
        var leads = (await db.LeadReportsAsync(groupIds, ReportsShown, ct)).ToDictionary(l => l.EventId);
        var shown = eventIds.Concat(leads.Keys).ToList();
        var reports = await db.Events.AsNoTracking()
            .Where(e => shown.Contains(e.Id))
            .Select(e => new
            {
                e.Id, e.GroupId, e.Type, e.Date, e.DateStart, e.DateApproximate, e.AmountValue, e.AmountCurrency, e.Hedged, e.Evidence, e.EvidenceStart,
                e.ArticleId, ArticleTitle = ArticleTitles.Display(e.Article!.Title, e.Article.Url), Source = e.Article.Source!.Name, e.Article.PublishedDate,
                Group = e.Group == null ? null : new { e.Group.Type, e.Group.Date, e.Group.DateStart, e.Group.AmountValue, e.Group.AmountCurrency, e.Group.Hedged },
                Actors = e.Actors.OrderBy(ea => ea.Position).Select(ea => new ActorRef(ea.Actor!.Slug, ea.Actor.Name)).ToList(),
            })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, reports.Select(r => r.ArticleId), ct);
        // Every actor of a group, its unshown reports' included, from the timeline statistics.
        var groupActors = (await db.TimelineActors.AsNoTracking().Where(t => groupIds.Contains(t.EntryKey))
                .Join(db.Actors, t => t.ActorId, a => a.Id, (t, a) => new { t.EntryKey, Actor = new ActorRef(a.Slug, a.Name) })
                .ToListAsync(ct))
            .ToLookup(t => t.EntryKey, t => t.Actor);

        var rows = reports
            .GroupBy(r => r.GroupId)
            .SelectMany(g => g.Key is null ? g.Select(r => new[] { r }) : [g.ToArray()])
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.PublishedDate ?? DateOnly.MaxValue).ThenBy(r => r.ArticleId).ThenBy(r => r.EvidenceStart).ToList();
                var lead = ordered[0];
                var summary = lead.Group;
                var grouped = lead.GroupId is { } groupId ? leads[lead.Id] : null;
                var (date, start) = summary is not null ? (summary.Date, summary.DateStart) : (lead.Date, lead.DateStart);
                // Approximate only when no report gives that date outright.
                var approximate = date is not null && (grouped?.DateApproximate ?? lead.DateApproximate);
                // The reports are ordered by publication: the first dated one is the earliest.
                var when = start ?? ordered.Select(r => r.PublishedDate).FirstOrDefault(d => d is not null);
                var actors = ordered.SelectMany(r => r.Actors)
                    .Concat(lead.GroupId is { } key ? groupActors[key].OrderBy(a => a.Name, StringComparer.Ordinal) : [])
                    .Distinct().ToList();
                return new EventGroupRow(
                    RowKey(lead.GroupId ?? -lead.Id), summary?.Type ?? lead.Type, date, start, approximate, when,
                    summary?.AmountValue ?? ordered.Select(r => r.AmountValue).FirstOrDefault(v => v is not null),
                    summary?.AmountCurrency ?? ordered.Select(r => r.AmountCurrency).FirstOrDefault(v => v is not null),
                    summary?.Hedged ?? lead.Hedged,
                    actors,
                    ordered.Select(r => new EventSource(r.ArticleId, r.ArticleTitle, r.Source, r.PublishedDate, r.Evidence, links.To(r.ArticleId, r.EvidenceStart))).ToList())
                {
                    ReportCount = grouped?.Reports ?? 1,
                };
            })
            .ToList();
        return rows;
    }
}
