using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Actors;

/// <summary>An actor's dossier: who they are and every fact about them, each linked to its sentence.</summary>
public sealed class Details : PageModel
{
    private readonly AiWatchDbContext db;

    public Details(AiWatchDbContext db) => this.db = db;

    /// <summary><see cref="Slug"/> is set when the organisation is itself a followed actor.</summary>
    public sealed record AffiliationRow(string Organisation, string? Slug, string? Role);
    /// <summary>A person tied to this organisation in the registry ("sam-altman", "directeur général").</summary>
    public sealed record MemberRow(ActorRef Actor, string? Role);
    public sealed record ArticleRef(int Id, string Title, DateOnly? PublishedDate);
    public sealed record EventRow(string Type, string? Date, DateOnly? DateStart, decimal? AmountValue, string? AmountCurrency, bool Hedged, IReadOnlyList<ActorRef> Actors, string Evidence, ArticleRef Article, string Link);
    public sealed record QuoteRow(string Text, ArticleRef Article, string Link);
    public sealed record ClaimRow(string Text, ActorRef Speaker, ActorRef? Target, bool Hedged, ArticleRef Article, string Link);
    public sealed record ArticleRow(int Id, string Title, string Source, DateOnly? PublishedDate, int Mentions);
    public sealed record Result(
        string Slug, string Name, ActorKind Kind, string? Role, IReadOnlyList<string> Aliases, IReadOnlyList<AffiliationRow> Affiliations,
        IReadOnlyList<MemberRow> Members, int MentionCount, IReadOnlyList<EventRow> Events, IReadOnlyList<QuoteRow> QuotesBy, IReadOnlyList<ClaimRow> ClaimsBy,
        IReadOnlyList<ClaimRow> ClaimsAbout, IReadOnlyList<ArticleRow> Articles);

    public Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var data = await LoadAsync(db, slug, ct);
        if (data is null)
        {
            return NotFound();
        }
        Data = data;
        return Page();
    }

    public static async Task<Result?> LoadAsync(AiWatchDbContext db, string slug, CancellationToken ct)
    {
        var actor = await db.Actors.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id, a.Slug, a.Name, a.Kind, a.Role,
                Aliases = a.Aliases.OrderBy(x => x.Text).Select(x => x.Text).ToList(),
                Affiliations = a.Affiliations.OrderBy(x => x.Id).Select(x => new { x.Organisation, x.Role }).ToList(),
                MentionCount = a.Mentions.Count,
            })
            .SingleOrDefaultAsync(ct);
        if (actor is null)
        {
            return null;
        }
        var organisations = actor.Affiliations.Select(x => x.Organisation).ToList();
        var followed = await db.Actors.AsNoTracking().Where(a => organisations.Contains(a.Slug)).Select(a => new { a.Slug, a.Name }).ToListAsync(ct);
        var affiliations = actor.Affiliations
            .Select(x => followed.FirstOrDefault(f => f.Slug == x.Organisation) is { } known
                ? new AffiliationRow(known.Name, known.Slug, x.Role)
                : new AffiliationRow(x.Organisation, null, x.Role))
            .ToList();

        var members = await db.ActorAffiliations.AsNoTracking()
            .Where(x => x.Organisation == actor.Slug)
            .Join(db.Actors, x => x.ActorId, a => a.Id, (x, a) => new { a.Slug, a.Name, x.Role })
            .OrderBy(m => m.Name)
            .ToListAsync(ct);

        var events = await db.Events.AsNoTracking()
            .Where(e => e.Actors.Any(ea => ea.ActorId == actor.Id))
            // Newest first; SQLite sorts the undated (NULL) last when descending.
            .OrderByDescending(e => e.DateStart ?? e.Article!.PublishedDate).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Type, e.Date, e.DateStart, e.AmountValue, e.AmountCurrency, e.Hedged, e.Evidence, e.EvidenceStart,
                Article = new ArticleRef(e.ArticleId, ArticleTitles.Display(e.Article!.Title, e.Article.Url), e.Article.PublishedDate),
                Actors = e.Actors.OrderBy(ea => ea.Position).Select(ea => new ActorRef(ea.Actor!.Slug, ea.Actor.Name)).ToList(),
            })
            .ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerActorId == actor.Id)
            .OrderByDescending(q => q.Article!.PublishedDate).ThenBy(q => q.ArticleId).ThenBy(q => q.Start)
            .Select(q => new { q.Text, q.Start, Article = new ArticleRef(q.ArticleId, ArticleTitles.Display(q.Article!.Title, q.Article.Url), q.Article.PublishedDate) })
            .ToListAsync(ct);
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.SpeakerActorId == actor.Id || c.TargetActorId == actor.Id)
            .OrderByDescending(c => c.Article!.PublishedDate).ThenBy(c => c.ArticleId).ThenBy(c => c.Start)
            .Select(c => new
            {
                c.Text, c.Start, c.Hedged, c.SpeakerActorId,
                Speaker = new ActorRef(c.SpeakerActor!.Slug, c.SpeakerActor.Name),
                Target = c.TargetActor == null ? null : new ActorRef(c.TargetActor.Slug, c.TargetActor.Name),
                Article = new ArticleRef(c.ArticleId, ArticleTitles.Display(c.Article!.Title, c.Article.Url), c.Article.PublishedDate),
            })
            .ToListAsync(ct);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Mentions.Any(m => m.ActorId == actor.Id))
            .OrderByDescending(a => a.PublishedDate).ThenByDescending(a => a.Id)
            .Select(a => new ArticleRow(a.Id, ArticleTitles.Display(a.Title, a.Url), a.Source!.Name, a.PublishedDate, a.Mentions.Count(m => m.ActorId == actor.Id)))
            .ToListAsync(ct);

        var links = await FactLinks.ForArticlesAsync(db,
            events.Select(e => e.Article.Id).Concat(quotes.Select(q => q.Article.Id)).Concat(claims.Select(c => c.Article.Id)), ct);
        var claimRows = claims
            .Select(c => (c.SpeakerActorId, Row: new ClaimRow(c.Text, c.Speaker, c.Target, c.Hedged, c.Article, links.To(c.Article.Id, c.Start))))
            .ToList();

        return new Result(actor.Slug, actor.Name, actor.Kind, actor.Role, actor.Aliases, affiliations,
            members.Select(m => new MemberRow(new ActorRef(m.Slug, m.Name), m.Role)).ToList(), actor.MentionCount,
            events.Select(e => new EventRow(e.Type, e.Date, e.DateStart, e.AmountValue, e.AmountCurrency, e.Hedged, e.Actors, e.Evidence,
                e.Article, links.To(e.Article.Id, e.EvidenceStart))).ToList(),
            quotes.Select(q => new QuoteRow(q.Text, q.Article, links.To(q.Article.Id, q.Start))).ToList(),
            claimRows.Where(c => c.SpeakerActorId == actor.Id).Select(c => c.Row).ToList(),
            claimRows.Where(c => c.SpeakerActorId != actor.Id).Select(c => c.Row).ToList(),
            articles);
    }
}
