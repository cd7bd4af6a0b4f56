using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Core.Storage.Statistics;
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
    public sealed record Figures(int Mentions, int EpithetMentions, int Articles, int Events, int Quotes, int Claims, IReadOnlyList<Stake> Amounts, int ClaimsAbout = 0);

    /// <summary>
    /// Which rows of each list to load: the newest <see cref="Take"/> of each, and of the <see cref="Expanded"/> one
    /// (a "see all" link followed) page <see cref="Page"/> of <see cref="ExpandedPageSize"/> rows. The figures always
    /// count every row, from the statistics.
    /// </summary>
    public sealed record Window(int Take, string? Expanded = null, int Page = 1)
    {
        public (int Skip, int Take) For(string section) =>
            section == Expanded ? ((Math.Max(1, Page) - 1) * ExpandedPageSize, ExpandedPageSize) : (0, Take);
    }

    /// <summary>The lists a <see cref="Window"/> can expand.</summary>
    public static readonly IReadOnlyList<string> Sections = ["events", "quotes", "claims", "articles"];

    /// <summary>Rows per page of an expanded list: long lists are paged, never loaded whole.</summary>
    public const int ExpandedPageSize = 200;
    public sealed record Result(
        string Slug, string Name, ActorKind Kind, string? Role, IReadOnlyList<string> Aliases, IReadOnlyList<string> Epithets,
        IReadOnlyList<AffiliationRow> Affiliations, IReadOnlyList<MemberRow> Members, string? ProfileMarkdown, int MentionCount, Figures Figures,
        IReadOnlyList<WeekCount> Volume, IReadOnlyList<EventGroupRow> Events, IReadOnlyList<QuoteRow> QuotesBy, IReadOnlyList<ClaimRow> ClaimsBy,
        IReadOnlyList<ClaimRow> ClaimsAbout, IReadOnlyList<DisputeRow> Disputes, IReadOnlyList<Neighbour> Related, IReadOnlyList<ArticleRow> Articles);

    public Result Data { get; private set; } = null!;
    /// <summary>The section shown in full, page by page ("events", "quotes", "claims", "articles"); the others stop at the page size.</summary>
    public string? ShowAll { get; private set; }
    public int Cap => options.PageSize;
    public int SectionPage { get; private set; } = 1;

    /// <summary>The pages of the expanded section; null for the others.</summary>
    public Pager? SectionPager(string section, int total, string anchor) => ShowAll != section ? null
        : new Pager(SectionPage, ExpandedPageSize, total, page => $"/actors/{Data.Slug}?all={section}&page={page}#{anchor}");

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] string? all, [FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        SectionPage = Pager.Clamp(pageNumber);
        var data = await LoadAsync(db, slug, new Window(Cap, all, SectionPage), ct);
        if (data is null)
        {
            return NotFound();
        }
        Data = data;
        ShowAll = all;
        return Page();
    }

    public static async Task<Result?> LoadAsync(AiWatchDbContext db, string slug, Window window, CancellationToken ct)
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

        // Counts and the weekly chart come from the statistics (ActorStats, ActorDailyMentions, ArticleActors,
        // TimelineActors); the lists load only the rows shown.
        var stats = await db.ActorStats.AsNoTracking().Where(s => s.ActorId == actor.Id).Select(s => new { s.Mentions, s.EpithetMentions }).FirstOrDefaultAsync(ct);
        var lastDay = await db.LastMentionDayAsync(actor.Id, ct);
        var days = lastDay is not { } last ? [] : await db.MentionDaysAsync([actor.Id], WeeklyVolume.WeekOf(last).AddDays(-7 * (VolumeWeeks - 1)), ct);
        var volume = WeeklyVolume.Bucket(days.Select(d => (d.Day, d.Count)), VolumeWeeks);

        // Newest first, as a dossier reads (the timeline has them oldest first); undated last either way.
        var (eventSkip, eventTake) = window.For("events");
        var events = await GroupedEvents.PageAsync(db, new EventFilter([], [actor.Slug]), eventSkip, eventTake, newestFirst: true, ct);
        var (quoteSkip, quoteTake) = window.For("quotes");
        var quoteCount = await db.Quotes.CountAsync(q => q.SpeakerActorId == actor.Id, ct);
        var quotes = await QuotesAsync(db, actor.Id, quoteCount, quoteSkip, quoteTake, ct);
        var (claimSkip, claimTake) = window.For("claims");
        var claimByCount = await db.Claims.CountAsync(c => c.SpeakerActorId == actor.Id, ct);
        var claimAboutCount = await db.Claims.CountAsync(c => c.TargetActorId == actor.Id && c.SpeakerActorId != actor.Id, ct);
        var claimsBy = await ClaimsAsync(db, ActorFacts.ClaimsBy, actor.Id, claimByCount, claimSkip, claimTake, ct);
        var claimsAbout = await ClaimsAsync(db, ActorFacts.ClaimsAbout, actor.Id, claimAboutCount, claimSkip, claimTake, ct);
        var mentioning = db.ArticleActors.AsNoTracking().Where(x => x.ActorId == actor.Id);
        var (articleSkip, articleTake) = window.For("articles");
        var articles = await mentioning
            .OrderByDescending(x => x.PublishedDate).ThenByDescending(x => x.ArticleId)
            .Skip(articleSkip).Take(articleTake)
            .Join(db.Articles, x => x.ArticleId, a => a.Id, (x, a) => new { x.PublishedDate, x.ArticleId, a.Title, a.Url, Source = a.Source!.Name, Count = x.Mentions + x.EpithetMentions })
            .ToListAsync(ct);
        var articleRows = articles
            .OrderByDescending(a => a.PublishedDate).ThenByDescending(a => a.ArticleId)
            .Select(a => new ArticleRow(a.ArticleId, ArticleTitles.Display(a.Title, a.Url), a.Source, a.PublishedDate, a.Count)).ToList();
        var disputes = await db.Disputes.AsNoTracking()
            .Where(d => d.ActorAId == actor.Id || d.ActorBId == actor.Id)
            .OrderByDescending(d => d.LastDate).ThenBy(d => d.Slug)
            .Select(d => new DisputeRow(d.Slug,
                d.ActorAId == actor.Id ? new ActorRef(d.ActorB!.Slug, d.ActorB.Name) : new ActorRef(d.ActorA!.Slug, d.ActorA.Name),
                d.EventCount, d.ClaimCount, d.LastDate))
            .ToListAsync(ct);
        var related = await Related.LoadAsync(db, actor.Id, NetworkSize, ct);

        var stakes = (await db.ActorStakesAsync(actor.Id, ct)).Select(t => new Stake(t.Currency, t.Total, t.Events)).ToList();
        var figures = new Figures(stats?.Mentions ?? 0, stats?.EpithetMentions ?? 0, await mentioning.CountAsync(ct), events.Total, quoteCount,
            claimByCount, stakes, claimAboutCount);

        return new Result(actor.Slug, actor.Name, actor.Kind, actor.Role,
            actor.Aliases.Where(a => a.Kind == AliasKind.Name).Select(a => a.Text).ToList(),
            actor.Aliases.Where(a => a.Kind == AliasKind.Epithet).Select(a => a.Text).ToList(),
            affiliations, members.Select(m => new MemberRow(new ActorRef(m.Slug, m.Name), m.Role)).ToList(), actor.ProfileMarkdown, figures.Mentions, figures,
            volume, events.Rows, quotes, claimsBy, claimsAbout, disputes, related, articleRows);
    }

    /// <summary>One page of the quotes <paramref name="actorId"/> said (<paramref name="count"/> of them in all), newest article first.</summary>
    public static async Task<IReadOnlyList<QuoteRow>> QuotesAsync(AiWatchDbContext db, int actorId, int count, int skip, int take, CancellationToken ct)
    {
        var ids = await PageIdsAsync(db, ActorFacts.QuotesBy, actorId, count,
            db.Quotes.Where(q => q.SpeakerActorId == actorId)
                .Join(db.Articles, q => q.ArticleId, a => a.Id, (q, a) => new DatedFact { Id = q.Id, PublishedDate = a.PublishedDate, ArticleId = q.ArticleId, Start = q.Start }),
            skip, take, ct);
        var quotes = InOrder(ids, await db.Quotes.AsNoTracking().Where(q => ids.Contains(q.Id))
            .Select(q => new { q.Id, q.Text, q.Start, Article = new ArticleRef(q.ArticleId, ArticleTitles.Display(q.Article!.Title, q.Article.Url), q.Article.PublishedDate) })
            .ToDictionaryAsync(q => q.Id, ct));
        var links = await FactLinks.ForArticlesAsync(db, quotes.Select(q => q.Article.Id), ct);
        return quotes.Select(q => new QuoteRow(q.Text, q.Article, links.To(q.Article.Id, q.Start))).ToList();
    }

    /// <summary>
    /// Ids of one page of the actor's facts, newest article first. Many facts (thousands of quotes of a much quoted
    /// actor): SQLite walks the actor's articles newest first and stops at the page
    /// (<see cref="ActorFactQueries.NewestFactIdsAsync"/>), instead of sorting them all by a date stored in another
    /// table. Few facts (an organisation rarely quoted, named in thousands of articles): sort those few.
    /// </summary>
    private static async Task<List<int>> PageIdsAsync(AiWatchDbContext db, ActorFacts which, int actorId, int factCount,
        IQueryable<DatedFact> facts, int skip, int take, CancellationToken ct) => factCount > ManyFacts
        ? (await db.NewestFactIdsAsync(which, actorId, skip, take, ct)).ToList()
        : await facts.OrderByDescending(f => f.PublishedDate).ThenByDescending(f => f.ArticleId).ThenBy(f => f.Start)
            .Skip(skip).Take(take).Select(f => f.Id).ToListAsync(ct);

    /// <summary>Above this many, an actor's facts are read through its articles (see <see cref="PageIdsAsync"/>).</summary>
    public const int ManyFacts = 2000;

    // Member initialisation, not a constructor: EF Core sees through it to order on its members.
    private sealed class DatedFact
    {
        public int Id { get; init; }
        public DateOnly? PublishedDate { get; init; }
        public int ArticleId { get; init; }
        public int Start { get; init; }
    }

    private static List<T> InOrder<T>(IEnumerable<int> ids, IReadOnlyDictionary<int, T> rows) =>
        ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();

    /// <summary>
    /// One page of the claims <paramref name="actorId"/> made (<see cref="ActorFacts.ClaimsBy"/>) or others made about
    /// it (<see cref="ActorFacts.ClaimsAbout"/>), <paramref name="count"/> of them in all, newest article first.
    /// </summary>
    public static async Task<IReadOnlyList<ClaimRow>> ClaimsAsync(AiWatchDbContext db, ActorFacts which, int actorId, int count,
        int skip, int take, CancellationToken ct)
    {
        var claims = which == ActorFacts.ClaimsBy
            ? db.Claims.Where(c => c.SpeakerActorId == actorId)
            : db.Claims.Where(c => c.TargetActorId == actorId && c.SpeakerActorId != actorId);
        var ids = await PageIdsAsync(db, which, actorId, count,
            claims.Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new DatedFact { Id = c.Id, PublishedDate = a.PublishedDate, ArticleId = c.ArticleId, Start = c.Start }),
            skip, take, ct);
        var rows = InOrder(ids, await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Text, c.Start, c.Hedged,
                Speaker = new ActorRef(c.SpeakerActor!.Slug, c.SpeakerActor.Name),
                Target = c.TargetActor == null ? null : new ActorRef(c.TargetActor.Slug, c.TargetActor.Name),
                Article = new ArticleRef(c.ArticleId, ArticleTitles.Display(c.Article!.Title, c.Article.Url), c.Article.PublishedDate),
            })
            .ToDictionaryAsync(c => c.Id, ct));
        var links = await FactLinks.ForArticlesAsync(db, rows.Select(c => c.Article.Id), ct);
        return rows.Select(c => new ClaimRow(c.Text, c.Speaker, c.Target, c.Hedged, c.Article, links.To(c.Article.Id, c.Start))).ToList();
    }
}
