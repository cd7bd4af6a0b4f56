using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Pages.Timeline;
using AiWatch.Web.Rendering;
using AiWatch.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Pages.Actors;

/// <summary>An actor's dossier: who they are and every fact about them, each linked to its sentence.</summary>
public sealed class Details : PageModel
{
    /// <summary>How many weeks the mention-volume chart spans at most.</summary>
    public const int VolumeWeeks = 52;
    public const int NetworkSize = 8;

    private readonly AiWatchDbContext db;
    private readonly AiWatchOptions options;

    public Details(AiWatchDbContext db, IOptions<AiWatchOptions> options)
    {
        this.db = db;
        this.options = options.Value;
    }

    /// <summary><see cref="Slug"/> is set when the organisation is itself a followed actor.</summary>
    public sealed record AffiliationRow(string Organisation, string? Slug, string? Role);
    /// <summary>A person tied to this organisation in the registry ("sam-altman", "directeur général").</summary>
    public sealed record MemberRow(ActorRef Actor, string? Role);
    public sealed record ArticleRef(int Id, string Title, DateOnly? PublishedDate);
    public sealed record QuoteRow(string Text, ArticleRef Article, string Link);
    public sealed record ClaimRow(string Text, ActorRef Speaker, ActorRef? Target, bool Hedged, ArticleRef Article, string Link);
    public sealed record ArticleRow(int Id, string Title, string Source, DateOnly? PublishedDate, int Mentions);
    public sealed record DisputeRow(string Slug, ActorRef Opponent, int EventCount, int ClaimCount, DateOnly? LastDate);
    /// <summary>Literal mentions and epithet mentions ("le patron de Tesla") apart, and the amounts of its events by currency.</summary>
    public sealed record Figures(int Mentions, int EpithetMentions, int Articles, int Events, int Quotes, int Claims, IReadOnlyList<Stake> Amounts);
    public sealed record Result(
        string Slug, string Name, ActorKind Kind, string? Role, IReadOnlyList<string> Aliases, IReadOnlyList<string> Epithets,
        IReadOnlyList<AffiliationRow> Affiliations, IReadOnlyList<MemberRow> Members, string? ProfileMarkdown, int MentionCount, Figures Figures,
        IReadOnlyList<WeekCount> Volume, IReadOnlyList<EventGroupRow> Events, IReadOnlyList<QuoteRow> QuotesBy, IReadOnlyList<ClaimRow> ClaimsBy,
        IReadOnlyList<ClaimRow> ClaimsAbout, IReadOnlyList<DisputeRow> Disputes, IReadOnlyList<Neighbour> Related, IReadOnlyList<ArticleRow> Articles);

    public Result Data { get; private set; } = null!;
    /// <summary>The section shown whole ("events", "quotes", "claims", "articles"); the others stop at the page size.</summary>
    public string? ShowAll { get; private set; }
    public int Cap => options.PageSize;

    public IReadOnlyList<T> Capped<T>(IReadOnlyList<T> rows, string section) => ShowAll == section ? rows : rows.Take(Cap).ToList();

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] string? all, CancellationToken ct)
    {
        var data = await LoadAsync(db, slug, ct);
        if (data is null)
        {
            return NotFound();
        }
        Data = data;
        ShowAll = all;
        return Page();
    }

    public static async Task<Result?> LoadAsync(AiWatchDbContext db, string slug, CancellationToken ct)
    {
        var actor = await db.Actors.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id, a.Slug, a.Name, a.Kind, a.Role, a.ProfileMarkdown,
                Aliases = a.Aliases.OrderBy(x => x.Text).Select(x => new { x.Text, x.Kind }).ToList(),
                Affiliations = a.Affiliations.OrderBy(x => x.Id).Select(x => new { x.Organisation, x.Role }).ToList(),
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

        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.ActorId == actor.Id)
            .Select(m => new { m.Kind, m.Article!.PublishedDate })
            .ToListAsync(ct);
        var literal = mentions.Where(m => m.Kind == MentionKind.Literal).ToList();
        var volume = WeeklyVolume.Bucket(literal.Where(m => m.PublishedDate is not null).Select(m => m.PublishedDate!.Value), VolumeWeeks);

        // Newest first, as a dossier reads (the timeline has them oldest first); undated last either way.
        var events = (await GroupedEvents.PageAsync(db, new EventFilter([], [actor.Slug]), 0, int.MaxValue, newestFirst: true, ct)).Rows;
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
        var disputes = await db.Disputes.AsNoTracking()
            .Where(d => d.ActorAId == actor.Id || d.ActorBId == actor.Id)
            .OrderByDescending(d => d.LastDate).ThenBy(d => d.Slug)
            .Select(d => new DisputeRow(d.Slug,
                d.ActorAId == actor.Id ? new ActorRef(d.ActorB!.Slug, d.ActorB.Name) : new ActorRef(d.ActorA!.Slug, d.ActorA.Name),
                d.EventCount, d.ClaimCount, d.LastDate))
            .ToListAsync(ct);
        var related = await Related.LoadAsync(db, actor.Id, NetworkSize, ct);

        var links = await FactLinks.ForArticlesAsync(db, quotes.Select(q => q.Article.Id).Concat(claims.Select(c => c.Article.Id)), ct);
        var claimRows = claims
            .Select(c => (c.SpeakerActorId, Row: new ClaimRow(c.Text, c.Speaker, c.Target, c.Hedged, c.Article, links.To(c.Article.Id, c.Start))))
            .ToList();
        var figures = new Figures(literal.Count, mentions.Count - literal.Count, articles.Count, events.Count, quotes.Count,
            claims.Count(c => c.SpeakerActorId == actor.Id), Stake.Sum(events));

        return new Result(actor.Slug, actor.Name, actor.Kind, actor.Role,
            actor.Aliases.Where(a => a.Kind == AliasKind.Name).Select(a => a.Text).ToList(),
            actor.Aliases.Where(a => a.Kind == AliasKind.Epithet).Select(a => a.Text).ToList(),
            affiliations, members.Select(m => new MemberRow(new ActorRef(m.Slug, m.Name), m.Role)).ToList(), actor.ProfileMarkdown, literal.Count, figures,
            volume, events,
            quotes.Select(q => new QuoteRow(q.Text, q.Article, links.To(q.Article.Id, q.Start))).ToList(),
            claimRows.Where(c => c.SpeakerActorId == actor.Id).Select(c => c.Row).ToList(),
            claimRows.Where(c => c.SpeakerActorId != actor.Id).Select(c => c.Row).ToList(),
            disputes, related, articles);
    }
}
