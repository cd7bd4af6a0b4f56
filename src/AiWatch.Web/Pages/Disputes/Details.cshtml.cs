using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Disputes;

/// <summary>One dispute: the two sides, what each did and said about the other in order, and the amounts at stake.</summary>
public sealed class Details : PageModel
{
    private readonly AiWatchDbContext db;

    public Details(AiWatchDbContext db) => this.db = db;

    public sealed record Side(ActorRef Actor, string? Role);
    public sealed record Result(string Slug, Side A, Side B, int EventCount, int ClaimCount, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<DisputeMove> Moves, IReadOnlyList<Stake> Stakes);

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
        var dispute = await db.Disputes.AsNoTracking()
            .Where(d => d.Slug == slug)
            .Select(d => new
            {
                d.Slug, d.EventCount, d.ClaimCount, d.FirstDate, d.LastDate,
                A = new Side(new ActorRef(d.ActorA!.Slug, d.ActorA.Name), d.ActorA.Role),
                B = new Side(new ActorRef(d.ActorB!.Slug, d.ActorB.Name), d.ActorB.Role),
            })
            .SingleOrDefaultAsync(ct);
        if (dispute is null)
        {
            return null;
        }
        var moves = await DisputeMoves.LoadAsync(db, dispute.A.Actor, dispute.B.Actor, ct);
        return new Result(dispute.Slug, dispute.A, dispute.B, dispute.EventCount, dispute.ClaimCount, dispute.FirstDate, dispute.LastDate,
            moves, DisputeMoves.Stakes(moves));
    }
}
