using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Admin;

/// <summary>The admin's home: what can be done, the actors to edit, and the inputs that recently failed, with why.</summary>
public sealed class Index : PageModel
{
    public const int FailureCount = 50;

    private readonly AiWatchDbContext db;

    public Index(AiWatchDbContext db) => this.db = db;

    public sealed record FailureRow(string Input, string Reason, DateTime OccurredUtc);
    public sealed record ActorRow(string Slug, string Name, ActorOrigin Origin, bool HasProfile);
    public sealed record Result(IReadOnlyList<FailureRow> Failures, IReadOnlyList<ActorRow> Actors);

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Ordered by id, not date: SQLite cannot order EF Core 6's DateTime text reliably, and ids grow with time.
        var failures = await db.IngestionFailures.AsNoTracking().OrderByDescending(f => f.Id).Take(FailureCount)
            .Select(f => new FailureRow(f.Input, f.Reason, f.OccurredUtc)).ToListAsync(ct);
        var actors = await db.Actors.AsNoTracking()
            .Select(a => new ActorRow(a.Slug, a.Name, a.Origin, a.ProfileMarkdown != null)).ToListAsync(ct);
        // Sorted here: SQLite's binary order puts "xAI" after "Tesla" and "MGX" before "Masayoshi Son".
        Data = new Result(failures, actors.OrderBy(a => a.Name, StringComparer.Create(Labels.French, ignoreCase: true)).ToList());
    }
}
