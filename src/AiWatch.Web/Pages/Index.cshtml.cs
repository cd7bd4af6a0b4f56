using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Core.Storage.Statistics;
using AiWatch.Web.Api;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Pages.Timeline;
using AiWatch.Web.Rendering;
using AiWatch.Web.Rendering.Charts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using DisputeIndex = AiWatch.Web.Pages.Disputes.Index;

namespace AiWatch.Web.Pages;

/// <summary>The dashboard: what happened this week, who is talked about, who is fighting whom, what was said lately.</summary>
public sealed class Index : PageModel
{
    /// <summary>Weeks drawn in each actor's sparkline.</summary>
    public const int SparklineWeeks = 12;

    private readonly AiWatchDbContext db;
    private readonly AiWatchOptions options;
    public Index(AiWatchDbContext db, IOptions<AiWatchOptions> options)
    {
        this.db = db;
        this.options = options.Value;
    }

    public sealed record Counts(int Articles, int Actors, int Events, int Quotes, int Claims, int Disputes);
    public sealed record ArticleRow(int Id, string Title, string Source, DateOnly? PublishedDate);
    public sealed record ActorRow(string Slug, string Name, ActorKind Kind, int Mentions, IReadOnlyList<WeekCount> Weekly);
    public sealed record FailureRow(string Input, string Reason, DateTime OccurredUtc);
    public sealed record QuoteRow(string Text, ActorRef? Speaker, string? SpeakerName, int ArticleId, string ArticleTitle, DateOnly? PublishedDate, string Link);
    /// <summary><see cref="ThisWeek"/> is false when nothing happened in the last 7 days and the latest events are shown instead.</summary>
    public sealed record Result(
        Counts Counts, bool ThisWeek, IReadOnlyList<EventGroupRow> Events, IReadOnlyList<ActorRow> TopActors, IReadOnlyList<DisputeIndex.Row> Disputes,
        IReadOnlyList<QuoteRow> LatestQuotes, IReadOnlyList<ArticleRow> LatestArticles, int RecentFailures, IReadOnlyList<FailureRow> Failures);

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A registered clock (tests register a fixed one) decides what "this week" is; otherwise the system's.
        var clock = HttpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        Data = await LoadAsync(db, options.DashboardListSize, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
    }

    /// <summary>How many of the newest articles the dashboard's latest quotes are drawn from.</summary>
    private const int LatestArticlesForQuotes = 200;

    public static async Task<Result> LoadAsync(AiWatchDbContext db, int listSize, DateOnly today, CancellationToken ct)
    {
        // The last 7 days, today included; when nothing is dated in them, the latest dated events instead.
        var week = await GroupedEvents.PageAsync(db, EventFilter.None with { From = today.AddDays(-6), To = today }, 0, listSize, newestFirst: true, ct);
        var latest = await GroupedEvents.PageAsync(db, EventFilter.None, 0, week.Total > 0 ? 0 : listSize, newestFirst: true, ct);
        var counts = new Counts(
            await db.Articles.CountAsync(ct),
            await db.Actors.CountAsync(ct),
            latest.Total,
            await db.Quotes.CountAsync(ct),
            await db.Claims.CountAsync(ct),
            await db.Disputes.CountAsync(ct));

        var thisWeek = week.Total > 0;
        var events = thisWeek ? week.Rows : latest.Rows.Where(g => g.When is not null).ToList();

        var articles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedDate).ThenByDescending(a => a.Id)
            .Take(listSize)
            .Select(a => new ArticleRow(a.Id, ArticleTitles.Display(a.Title, a.Url), a.Source!.Name, a.PublishedDate))
            .ToListAsync(ct);

        // Quotes of the newest articles (the publication-date index, newest first) rather than every quote of the
        // corpus sorted by its article's date (280 ms at 100,000 articles; asking the same index for "articles
        // with a quote" made SQLite sort them all too). Most articles quote someone, so a few hundred suffice.
        var quotingArticles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedDate).ThenByDescending(a => a.Id)
            .Take(LatestArticlesForQuotes)
            .Select(a => a.Id)
            .ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => quotingArticles.Contains(q.ArticleId))
            .OrderByDescending(q => q.Article!.PublishedDate).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Start)
            .Take(listSize)
            .Select(q => new
            {
                q.Text, q.Start, q.ArticleId, q.SpeakerName, q.Article!.PublishedDate, Title = ArticleTitles.Display(q.Article.Title, q.Article.Url),
                Speaker = q.SpeakerActor == null ? null : new ActorRef(q.SpeakerActor.Slug, q.SpeakerActor.Name),
            })
            .ToListAsync(ct);
        var links = await FactLinks.ForArticlesAsync(db, quotes.Select(q => q.ArticleId), ct);

        var since = DateTime.SpecifyKind(today.AddDays(-7).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        var failures = await db.IngestionFailures.CountAsync(f => f.OccurredUtc >= since, ct);
        var latestFailures = failures == 0 ? [] : await db.IngestionFailures.AsNoTracking()
            .Where(f => f.OccurredUtc >= since)
            .OrderByDescending(f => f.OccurredUtc).ThenByDescending(f => f.Id)
            .Take(listSize)
            .Select(f => new FailureRow(f.Input, f.Reason, f.OccurredUtc))
            .ToListAsync(ct);

        return new Result(counts, thisWeek, events, await TopActorsAsync(db, listSize, ct), (await DisputeIndex.LoadAsync(db, new PageRequest(1, listSize), ct)).Items,
            quotes.Select(q => new QuoteRow(q.Text, q.Speaker, q.SpeakerName, q.ArticleId, q.Title, q.PublishedDate, links.To(q.ArticleId, q.Start))).ToList(),
            articles, failures, latestFailures);
    }

    /// <summary>
    /// Most mentioned by name (epithets aside), each with its weekly mentions over the <see cref="SparklineWeeks"/> weeks
    /// up to the newest article, so every sparkline covers the same weeks.
    /// </summary>
    private static async Task<IReadOnlyList<ActorRow>> TopActorsAsync(AiWatchDbContext db, int listSize, CancellationToken ct)
    {
        // Counts come from the mention statistics (ActorStats, ActorDailyMentions), not from the Mentions table.
        var actors = await db.ActorStats.AsNoTracking()
            .Where(s => s.Mentions > 0)
            .Join(db.Actors, s => s.ActorId, a => a.Id, (s, a) => new { a.Id, a.Slug, a.Name, a.Kind, s.Mentions })
            .OrderByDescending(a => a.Mentions).ThenBy(a => a.Name)
            .Take(listSize)
            .ToListAsync(ct);
        var newest = await db.Articles.MaxAsync(a => a.PublishedDate, ct);
        var days = newest is not { } end ? [] : await db.MentionDaysAsync(actors.Select(a => a.Id).ToList(), WeeklyVolume.WeekOf(end).AddDays(-7 * (SparklineWeeks - 1)), ct);
        return actors
            .Select(a => new ActorRow(a.Slug, a.Name, a.Kind, a.Mentions, newest is null ? [] :
                WeeklyVolume.Bucket(days.Where(d => d.ActorId == a.Id).Select(d => (d.Day, d.Count)), SparklineWeeks, newest)))
            .ToList();
    }
}
