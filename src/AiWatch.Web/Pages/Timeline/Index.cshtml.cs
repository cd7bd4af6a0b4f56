using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using AiWatch.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Timeline;

/// <summary>
/// What happened, in the order it happened (the event's own date, else the article's), grouped by month; a happening
/// reported by several articles appears once with all its sources.
/// </summary>
public sealed class Index : PageModel
{
    private readonly AiWatchDbContext db;

    public Index(AiWatchDbContext db) => this.db = db;

    /// <summary>A null <see cref="Period"/> gathers the events with no date at all.</summary>
    public sealed record PeriodGroup(Period? Period, IReadOnlyList<EventGroupRow> Events);

    public IReadOnlyList<PeriodGroup> Periods { get; private set; } = [];
    public int EventCount { get; private set; }
    public EventFilter Filter { get; private set; } = EventFilter.None;
    /// <summary>Why part of the filter was ignored (an unknown type, a malformed date), to show above the results.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];
    /// <summary>Actors that take part in at least one event: the choices of the actor filter.</summary>
    public IReadOnlyList<ActorRef> Actors { get; private set; } = [];
    public IReadOnlyList<ActorRef> Lanes { get; private set; } = [];
    public IReadOnlyList<LanePoint> Points { get; private set; } = [];

    public string CsvLink => "/timeline?" + string.Join('&', new[] { Filter.ToQueryString(), "format=csv" }.Where(s => s.Length > 0));

    /// <summary>Happenings per page: the timeline is read page by page, in order, never loaded whole.</summary>
    public const int PageSize = 50;

    public int PageNumber { get; private set; } = 1;
    public Pager Pager => new(PageNumber, PageSize, EventCount,
        page => "/timeline?" + string.Join('&', new[] { Filter.ToQueryString(), $"page={page}" }.Where(s => s.Length > 0)));

    public async Task<IActionResult> OnGetAsync([FromQuery] string? format, [FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Filter = EventFilter.Read(Request.Query, out var problems);
        Problems = problems;
        if (format == "csv")
        {
            return EventCsv.Download("chronologie.csv", db, Filter, newestFirst: false, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", ct);
        }
        PageNumber = Pager.Clamp(pageNumber);
        var page = await GroupedEvents.PageAsync(db, Filter, (PageNumber - 1) * PageSize, PageSize, newestFirst: false, ct);
        var groups = page.Rows;
        EventCount = page.Total;
        Periods = Group(groups);
        (Lanes, Points) = Chart(groups, Filter);
        Actors = await db.Actors.AsNoTracking()
            .Where(a => db.TimelineActors.Any(t => t.ActorId == a.Id))
            .OrderBy(a => a.Name)
            .Select(a => new ActorRef(a.Slug, a.Name))
            .ToListAsync(ct);
        return Page();
    }

    /// <summary>Dated periods in order, then the undated events last.</summary>
    public static IReadOnlyList<PeriodGroup> Group(IEnumerable<EventGroupRow> events) =>
        events
            .GroupBy(e => e.Period)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new PeriodGroup(g.Key, g.OrderBy(e => e.When).ToList()))
            .ToList();

    /// <summary>Lanes for the filtered actors, else the busiest ones; a dot per dated event on each of its actors' lanes.</summary>
    public static (IReadOnlyList<ActorRef> Lanes, IReadOnlyList<LanePoint> Points) Chart(IReadOnlyList<EventGroupRow> groups, EventFilter filter)
    {
        var dated = groups.Where(g => g.When is not null).ToList();
        var lanes = dated.SelectMany(g => g.Actors)
            .GroupBy(a => a)
            .OrderByDescending(a => filter.Actors.Contains(a.Key.Slug)).ThenByDescending(a => a.Count()).ThenBy(a => a.Key.Name)
            .Select(a => a.Key)
            .Take(TimelineLanes.MaxLanes)
            .ToList();
        var points = dated
            .Select(g => new LanePoint(g.When!.Value, g.Actors.Select(a => a.Slug).ToList(), g.Lead.Link,
                $"{Labels.EventType(g.Type)}, {g.WhenLabel} : {string.Join(", ", g.Actors.Select(a => a.Name))}"))
            .ToList();
        return (lanes, points);
    }
}
