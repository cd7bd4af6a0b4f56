using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Pages;

/// <summary>The dashboard: what the database holds, the latest articles and events, the most mentioned actors.</summary>
public sealed class Index : PageModel
{
    private readonly AiWatchDbContext db;
    private readonly AiWatchOptions options;

    public Index(AiWatchDbContext db, IOptions<AiWatchOptions> options)
    {
        this.db = db;
        this.options = options.Value;
    }

    public sealed record Counts(int Articles, int Actors, int Events, int Quotes, int Claims);
    public sealed record ArticleRow(int Id, string Title, string Source, DateOnly? PublishedDate);
    public sealed record ActorRow(string Slug, string Name, ActorKind Kind, int Mentions);
    public sealed record EventRow(string Type, string? Date, DateOnly? DateStart, DateOnly? ArticleDate, decimal? AmountValue, string? AmountCurrency, bool Hedged, IReadOnlyList<ActorRef> Actors, string Evidence, string Link);
    public sealed record Result(Counts Counts, IReadOnlyList<ArticleRow> LatestArticles, IReadOnlyList<ActorRow> TopActors, IReadOnlyList<EventRow> LatestEvents);

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Data = await LoadAsync(db, options.DashboardListSize, ct);

    public static async Task<Result> LoadAsync(AiWatchDbContext db, int listSize, CancellationToken ct)
    {
        var counts = new Counts(
            await db.Articles.CountAsync(ct),
            await db.Actors.CountAsync(ct),
            await db.Events.CountAsync(ct),
            await db.Quotes.CountAsync(ct),
            await db.Claims.CountAsync(ct));

        var articles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedDate).ThenByDescending(a => a.Id)
            .Take(listSize)
            .Select(a => new ArticleRow(a.Id, ArticleTitles.Display(a.Title, a.Url), a.Source!.Name, a.PublishedDate))
            .ToListAsync(ct);

        // Filter and order before projecting: EF Core cannot see through a record's constructor.
        var actors = await db.Actors.AsNoTracking()
            .Where(a => a.Mentions.Any())
            .OrderByDescending(a => a.Mentions.Count).ThenBy(a => a.Name)
            .Take(listSize)
            .Select(a => new ActorRow(a.Slug, a.Name, a.Kind, a.Mentions.Count))
            .ToListAsync(ct);

        var events = await db.Events.AsNoTracking()
            .OrderByDescending(e => e.DateStart ?? e.Article!.PublishedDate).ThenByDescending(e => e.Id)
            .Take(listSize)
            .Select(e => new
            {
                e.ArticleId, e.Type, e.Date, e.DateStart, ArticleDate = e.Article!.PublishedDate, e.AmountValue, e.AmountCurrency, e.Hedged, e.Evidence, e.EvidenceStart,
                Actors = e.Actors.OrderBy(ea => ea.Position).Select(ea => new ActorRef(ea.Actor!.Slug, ea.Actor.Name)).ToList(),
            })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, events.Select(e => e.ArticleId), ct);

        return new Result(counts, articles, actors, events
            .Select(e => new EventRow(e.Type, e.Date, e.DateStart, e.ArticleDate, e.AmountValue, e.AmountCurrency, e.Hedged, e.Actors, e.Evidence, links.To(e.ArticleId, e.EvidenceStart)))
            .ToList());
    }
}
