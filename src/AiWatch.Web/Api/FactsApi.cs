using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Timeline;
using AiWatch.Web.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Api;

/// <summary>
/// /api/events (?type=, ?actor=), /api/quotes, /api/claims: paged lists of facts, each with the link to its sentence.
/// Actors are slugs; links are paths on this server, under its base path.
/// </summary>
public static class FactsApi
{
    public sealed record EventItem(int Id, string Type, string? Date, DateOnly? DateStart, decimal? AmountValue, string? AmountCurrency, bool Hedged, IReadOnlyList<string> Actors, string Evidence, int ArticleId, string Link);
    public sealed record QuoteItem(int Id, string Text, string? Speaker, string? SpeakerName, int ArticleId, string Link);
    public sealed record ClaimItem(int Id, string Text, string Speaker, string? Target, bool Hedged, int ArticleId, string Link);

    public static RouteGroupBuilder MapFactsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", (string? type, string? actor, HttpRequest request, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
        {
            var filter = EventFilter.Single(type, actor);
            return filter.HasKnownType
                ? Paged(request, options, async page => (await EventsAsync(db, page, filter, ct)).Map(e => e with { Link = request.PathBase + e.Link }))
                : Task.FromResult(ApiEndpoints.BadRequest("type", $"'type' must be one of: {string.Join(", ", EventTypes.All)}."));
        });
        api.MapGet("/quotes", (HttpRequest request, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
            Paged(request, options, async page => (await QuotesAsync(db, page, ct)).Map(q => q with { Link = request.PathBase + q.Link })));
        api.MapGet("/claims", (HttpRequest request, AiWatchDbContext db, IOptions<AiWatchOptions> options, CancellationToken ct) =>
            Paged(request, options, async page => (await ClaimsAsync(db, page, ct)).Map(c => c with { Link = request.PathBase + c.Link })));
        return api;
    }

    private static async Task<IResult> Paged<T>(HttpRequest request, IOptions<AiWatchOptions> options, Func<PageRequest, Task<PagedResult<T>>> load)
    {
        var (page, errors) = Paging.Read(request, options.Value.PageSize);
        return errors is not null ? ApiEndpoints.BadPaging(errors) : Results.Ok(await load(page));
    }

    /// <summary>In the order they happened, like the timeline.</summary>
    public static async Task<PagedResult<EventItem>> EventsAsync(AiWatchDbContext db, PageRequest page, EventFilter filter, CancellationToken ct)
    {
        var events = filter.Apply(db.Events.AsNoTracking());
        var total = await events.CountAsync(ct);
        var rows = await events
            .OrderBy(e => e.DateStart ?? e.Article!.PublishedDate).ThenBy(e => e.ArticleId).ThenBy(e => e.EvidenceStart)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(e => new
            {
                e.Id, e.Type, e.Date, e.DateStart, e.AmountValue, e.AmountCurrency, e.Hedged, e.Evidence, e.EvidenceStart, e.ArticleId,
                Actors = e.Actors.OrderBy(ea => ea.Position).Select(ea => ea.Actor!.Slug).ToList(),
            })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, rows.Select(e => e.ArticleId), ct);
        return new PagedResult<EventItem>(page.Page, page.PageSize, total, rows
            .Select(e => new EventItem(e.Id, e.Type, e.Date, e.DateStart, e.AmountValue, e.AmountCurrency, e.Hedged, e.Actors, e.Evidence,
                e.ArticleId, links.To(e.ArticleId, e.EvidenceStart)))
            .ToList());
    }

    /// <summary>Newest articles first, in text order within an article.</summary>
    public static async Task<PagedResult<QuoteItem>> QuotesAsync(AiWatchDbContext db, PageRequest page, CancellationToken ct)
    {
        var total = await db.Quotes.CountAsync(ct);
        var rows = await db.Quotes.AsNoTracking()
            .OrderByDescending(q => q.Article!.PublishedDate).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Start)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(q => new { q.Id, q.Text, Speaker = q.SpeakerActor == null ? null : q.SpeakerActor.Slug, q.SpeakerName, q.ArticleId, q.Start })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, rows.Select(q => q.ArticleId), ct);
        return new PagedResult<QuoteItem>(page.Page, page.PageSize, total, rows
            .Select(q => new QuoteItem(q.Id, q.Text, q.Speaker, q.SpeakerName, q.ArticleId, links.To(q.ArticleId, q.Start)))
            .ToList());
    }

    /// <summary>Newest articles first, in text order within an article.</summary>
    public static async Task<PagedResult<ClaimItem>> ClaimsAsync(AiWatchDbContext db, PageRequest page, CancellationToken ct)
    {
        var total = await db.Claims.CountAsync(ct);
        var rows = await db.Claims.AsNoTracking()
            .OrderByDescending(c => c.Article!.PublishedDate).ThenByDescending(c => c.ArticleId).ThenBy(c => c.Start)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(c => new { c.Id, c.Text, Speaker = c.SpeakerActor!.Slug, Target = c.TargetActor == null ? null : c.TargetActor.Slug, c.Hedged, c.ArticleId, c.Start })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, rows.Select(c => c.ArticleId), ct);
        return new PagedResult<ClaimItem>(page.Page, page.PageSize, total, rows
            .Select(c => new ClaimItem(c.Id, c.Text, c.Speaker, c.Target, c.Hedged, c.ArticleId, links.To(c.ArticleId, c.Start)))
            .ToList());
    }
}
