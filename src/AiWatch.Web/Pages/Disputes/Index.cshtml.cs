using AiWatch.Core.Storage;
using AiWatch.Web.Api;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Pages.Disputes;

/// <summary>Who is fighting whom: every pair of opposed actors, the most recently active first, with their latest move.</summary>
public sealed class Index : PageModel
{
    private readonly AiWatchDbContext db;
    private readonly AiWatchOptions options;

    public Index(AiWatchDbContext db, IOptions<AiWatchOptions> options)
    {
        this.db = db;
        this.options = options.Value;
    }

    public sealed record Row(string Slug, ActorRef A, ActorRef B, int EventCount, int ClaimCount, DateOnly? FirstDate, DateOnly? LastDate, DisputeMove? LatestMove);

    public PagedResult<Row> Data { get; private set; } = new(1, 1, 0, []);
    public Pager Pager => new(Data.Page, Data.PageSize, Data.Total, page => $"/disputes?page={page}");

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct) =>
        Data = await LoadAsync(db, new PageRequest(Pager.Clamp(pageNumber), options.PageSize), ct);

    public static async Task<PagedResult<Row>> LoadAsync(AiWatchDbContext db, PageRequest page, CancellationToken ct)
    {
        var total = await db.Disputes.CountAsync(ct);
        var disputes = await db.Disputes.AsNoTracking()
            // Most recent activity first; SQLite sorts the undated (NULL) last when descending.
            .OrderByDescending(d => d.LastDate).ThenByDescending(d => d.EventCount + d.ClaimCount).ThenBy(d => d.Slug)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(d => new
            {
                d.Slug, d.EventCount, d.ClaimCount, d.FirstDate, d.LastDate,
                A = new ActorRef(d.ActorA!.Slug, d.ActorA.Name), B = new ActorRef(d.ActorB!.Slug, d.ActorB.Name),
            })
            .ToListAsync(ct);
        var latest = await DisputeMoves.LatestAsync(db, disputes.Select(d => (d.A, d.B, d.LastDate)).ToList(), ct);
        var rows = disputes.Zip(latest, (d, move) => new Row(d.Slug, d.A, d.B, d.EventCount, d.ClaimCount, d.FirstDate, d.LastDate, move)).ToList();
        return new PagedResult<Row>(page.Page, page.PageSize, total, rows);
    }

    /// <summary>The last dated move, else the last one at all.</summary>
    public static DisputeMove? Latest(IReadOnlyList<DisputeMove> moves) => moves.LastOrDefault(m => m.When is not null) ?? moves.LastOrDefault();
}
