using AiWatch.Core.Storage;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Timeline;

/// <summary>Events in the order they happened (their own date, else the article's), grouped by month.</summary>
public sealed class Index : PageModel
{
    private readonly AiWatchDbContext db;

    public Index(AiWatchDbContext db) => this.db = db;

    public sealed record ActorRef(string Slug, string Name);
    public sealed record EventRow(
        string Type, string? Date, DateOnly? DateStart, DateOnly? ArticleDate, decimal? AmountValue, string? AmountCurrency, bool Hedged,
        IReadOnlyList<ActorRef> Actors, string Evidence, int ArticleId, string ArticleTitle, string Link)
    {
        /// <summary>When it happened, as far as anyone knows: the event's date, else the day the article came out.</summary>
        public DateOnly? When => DateStart ?? ArticleDate;
    }
    /// <summary><see cref="Month"/> is the first day of the month; null gathers events with no date at all.</summary>
    public sealed record MonthGroup(DateOnly? Month, IReadOnlyList<EventRow> Events);

    public IReadOnlyList<MonthGroup> Months { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Months = Group(await LoadAsync(db, ct));

    public static async Task<IReadOnlyList<EventRow>> LoadAsync(AiWatchDbContext db, CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking()
            .OrderBy(e => e.DateStart ?? e.Article!.PublishedDate).ThenBy(e => e.ArticleId).ThenBy(e => e.EvidenceStart)
            .Select(e => new
            {
                e.Type, e.Date, e.DateStart, ArticleDate = e.Article!.PublishedDate, e.AmountValue, e.AmountCurrency, e.Hedged,
                e.Evidence, e.EvidenceStart, e.ArticleId, ArticleTitle = e.Article.Title ?? e.Article.Url,
                Actors = e.Actors.OrderBy(ea => ea.Position).Select(ea => new ActorRef(ea.Actor!.Slug, ea.Actor.Name)).ToList(),
            })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, events.Select(e => e.ArticleId), ct);
        return events
            .Select(e => new EventRow(e.Type, e.Date, e.DateStart, e.ArticleDate, e.AmountValue, e.AmountCurrency, e.Hedged, e.Actors,
                e.Evidence, e.ArticleId, e.ArticleTitle, links.To(e.ArticleId, e.EvidenceStart)))
            .ToList();
    }

    /// <summary>Dated months in order, then the undated events last.</summary>
    public static IReadOnlyList<MonthGroup> Group(IEnumerable<EventRow> events) =>
        events
            .GroupBy(e => e.When is { } when ? new DateOnly(when.Year, when.Month, 1) : (DateOnly?)null)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new MonthGroup(g.Key, g.OrderBy(e => e.When).ToList()))
            .ToList();
}
