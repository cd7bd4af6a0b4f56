using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Timeline;

/// <summary>Events in the order they happened (their own date, else the article's), grouped by month.</summary>
public sealed class Index : PageModel
{
    private readonly AiWatchDbContext db;

    public Index(AiWatchDbContext db) => this.db = db;

    public sealed record EventRow(
        string Type, string? Date, DateOnly? DateStart, DateOnly? ArticleDate, decimal? AmountValue, string? AmountCurrency, bool Hedged,
        IReadOnlyList<ActorRef> Actors, string Evidence, int ArticleId, string ArticleTitle, string Link)
    {
        /// <summary>When it happened, as far as anyone knows: the event's date, else the day the article came out.</summary>
        public DateOnly? When => DateStart ?? ArticleDate;

        /// <summary>The group it belongs to: its month, or only its year when the text gave no month ("en 2025").</summary>
        public Period? Period => When is not { } when ? null : new Period(when.Year, Date?.Length == 4 ? null : when.Month);
    }

    /// <summary>A year, or a month of it. Sorts a year before its months, so "2025" heads the events of 2025.</summary>
    public sealed record Period(int Year, int? Month) : IComparable<Period>
    {
        public string Id => Month is { } month ? $"periode-{Year}-{month:00}" : $"periode-{Year}";
        public string Label => Month is { } month ? Labels.Month(new DateOnly(Year, month, 1)) : $"{Year} (mois non précisé)";

        public int CompareTo(Period? other) => other is null ? 1 : (Year, Month ?? 0).CompareTo((other.Year, other.Month ?? 0));
    }

    /// <summary>A null <see cref="Period"/> gathers the events with no date at all.</summary>
    public sealed record PeriodGroup(Period? Period, IReadOnlyList<EventRow> Events);

    public sealed record ActorOption(string Slug, string Name);

    public IReadOnlyList<PeriodGroup> Periods { get; private set; } = [];
    public EventFilter Filter { get; private set; } = EventFilter.None;
    /// <summary>Actors that take part in at least one event: the choices of the actor filter.</summary>
    public IReadOnlyList<ActorOption> Actors { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] string? type, [FromQuery] string? actor, CancellationToken ct)
    {
        // A hand-edited URL with an unknown type shows everything rather than an empty or failing page.
        var filter = EventFilter.From(type, actor);
        Filter = filter.HasKnownType ? filter : filter with { Type = null };
        Periods = Group(await LoadAsync(db, Filter, ct));
        Actors = await db.Actors.AsNoTracking()
            .Where(a => db.EventActors.Any(ea => ea.ActorId == a.Id))
            .OrderBy(a => a.Name)
            .Select(a => new ActorOption(a.Slug, a.Name))
            .ToListAsync(ct);
    }

    public static async Task<IReadOnlyList<EventRow>> LoadAsync(AiWatchDbContext db, EventFilter filter, CancellationToken ct)
    {
        var events = await filter.Apply(db.Events.AsNoTracking())
            .OrderBy(e => e.DateStart ?? e.Article!.PublishedDate).ThenBy(e => e.ArticleId).ThenBy(e => e.EvidenceStart)
            .Select(e => new
            {
                e.Type, e.Date, e.DateStart, ArticleDate = e.Article!.PublishedDate, e.AmountValue, e.AmountCurrency, e.Hedged,
                e.Evidence, e.EvidenceStart, e.ArticleId, ArticleTitle = ArticleTitles.Display(e.Article.Title, e.Article.Url),
                Actors = e.Actors.OrderBy(ea => ea.Position).Select(ea => new ActorRef(ea.Actor!.Slug, ea.Actor.Name)).ToList(),
            })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, events.Select(e => e.ArticleId), ct);
        return events
            .Select(e => new EventRow(e.Type, e.Date, e.DateStart, e.ArticleDate, e.AmountValue, e.AmountCurrency, e.Hedged, e.Actors,
                e.Evidence, e.ArticleId, e.ArticleTitle, links.To(e.ArticleId, e.EvidenceStart)))
            .ToList();
    }

    /// <summary>Dated periods in order, then the undated events last.</summary>
    public static IReadOnlyList<PeriodGroup> Group(IEnumerable<EventRow> events) =>
        events
            .GroupBy(e => e.Period)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new PeriodGroup(g.Key, g.OrderBy(e => e.When).ToList()))
            .ToList();
}
