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
    /// One page of groups. The order and the date range are settled on a light query (ids and dates only), so only the
    /// page's reports are loaded with their text, sources and links: the dashboard reads 8 groups, not the whole table.
    /// </summary>
    public static async Task<GroupPage> PageAsync(AiWatchDbContext db, EventFilter filter, int skip, int take, bool newestFirst, CancellationToken ct)
    {
        var matching = await filter.Apply(db.Events.AsNoTracking())
            .Select(e => new { e.Id, e.GroupId, Start = e.Group == null ? e.DateStart : e.Group.DateStart, e.Article!.PublishedDate })
            .ToListAsync(ct);
        var keys = matching
            .GroupBy(e => e.GroupId is { } g ? $"g{g}" : $"e{e.Id}")
            .Select(g => new { g.Key, When = g.First().Start ?? g.Min(e => e.PublishedDate), First = g.Min(e => e.Id) })
            .Where(g => filter.Covers(g.When))
            .ToList();
        var ordered = newestFirst
            ? keys.OrderBy(g => g.When is null).ThenByDescending(g => g.When).ThenByDescending(g => g.First)
            : keys.OrderBy(g => g.When is null).ThenBy(g => g.When).ThenBy(g => g.First);
        var chosen = ordered.Skip(skip).Take(take).Select(g => g.Key).ToHashSet();
        var eventIds = matching.Where(e => e.GroupId is null && chosen.Contains($"e{e.Id}")).Select(e => e.Id).ToList();
        var groupIds = matching.Where(e => e.GroupId is { } g && chosen.Contains($"g{g}")).Select(e => e.GroupId!.Value).Distinct().ToList();
        var rows = await LoadGroupsAsync(db, eventIds, groupIds, ct);
        var sorted = newestFirst
            ? rows.OrderBy(g => g.When is null).ThenByDescending(g => g.When).ThenByDescending(g => g.Lead.ArticleId)
            : rows.OrderBy(g => g.When is null).ThenBy(g => g.When).ThenBy(g => g.Lead.ArticleId);
        return new GroupPage(keys.Count, sorted.ThenBy(g => g.Key, StringComparer.Ordinal).ToList());
    }

    /// <summary>The given ungrouped events and every report of the given groups, not only the matching ones: a group is shown whole.</summary>
    private static async Task<IReadOnlyList<EventGroupRow>> LoadGroupsAsync(AiWatchDbContext db, List<int> eventIds, List<int> groupIds, CancellationToken ct)
    {
        if (eventIds.Count == 0 && groupIds.Count == 0)
        {
            return [];
        }
        var reports = await db.Events.AsNoTracking()
            .Where(e => eventIds.Contains(e.Id) || (e.GroupId != null && groupIds.Contains(e.GroupId.Value)))
            .Select(e => new
            {
                e.Id, e.GroupId, e.Type, e.Date, e.DateStart, e.DateApproximate, e.AmountValue, e.AmountCurrency, e.Hedged, e.Evidence, e.EvidenceStart,
                e.ArticleId, ArticleTitle = ArticleTitles.Display(e.Article!.Title, e.Article.Url), Source = e.Article.Source!.Name, e.Article.PublishedDate,
                Group = e.Group == null ? null : new { e.Group.Type, e.Group.Date, e.Group.DateStart, e.Group.AmountValue, e.Group.AmountCurrency, e.Group.Hedged },
                Actors = e.Actors.OrderBy(ea => ea.Position).Select(ea => new ActorRef(ea.Actor!.Slug, ea.Actor.Name)).ToList(),
            })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, reports.Select(r => r.ArticleId), ct);

        var rows = reports
            .GroupBy(r => r.GroupId is { } g ? $"g{g}" : $"e{r.Id}")
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.PublishedDate ?? DateOnly.MaxValue).ThenBy(r => r.ArticleId).ThenBy(r => r.EvidenceStart).ToList();
                var lead = ordered[0];
                var summary = lead.Group;
                var dated = ordered.FirstOrDefault(r => r.Date is not null);
                var (date, start) = summary is not null ? (summary.Date, summary.DateStart) : (lead.Date, lead.DateStart);
                // Approximate only when no report gives that date outright.
                var approximate = date is not null && ordered.Where(r => r.Date == date).All(r => r.DateApproximate);
                var when = start ?? ordered.Select(r => r.PublishedDate).Where(d => d is not null).DefaultIfEmpty().Min();
                return new EventGroupRow(
                    g.Key, summary?.Type ?? lead.Type, date, start, approximate, when,
                    summary?.AmountValue ?? ordered.Select(r => r.AmountValue).FirstOrDefault(v => v is not null),
                    summary?.AmountCurrency ?? ordered.Select(r => r.AmountCurrency).FirstOrDefault(v => v is not null),
                    summary?.Hedged ?? ordered.All(r => r.Hedged),
                    ordered.SelectMany(r => r.Actors).Distinct().ToList(),
                    ordered.Select(r => new EventSource(r.ArticleId, r.ArticleTitle, r.Source, r.PublishedDate, r.Evidence, links.To(r.ArticleId, r.EvidenceStart))).ToList());
            })
            .ToList();
        return rows;
    }
}
