using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Actors;

/// <summary>Every followed actor, most mentioned first.</summary>
public sealed class Index : PageModel
{
    private readonly AiWatchDbContext db;

    public Index(AiWatchDbContext db) => this.db = db;

    public sealed record Row(string Slug, string Name, ActorKind Kind, string? Role, int Mentions, int Articles);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await LoadAsync(db, ct);

    /// <summary>Not paged: the registry is a curated list of a few hundred actors at most.</summary>
    public static async Task<IReadOnlyList<Row>> LoadAsync(AiWatchDbContext db, CancellationToken ct) =>
        await db.Actors.AsNoTracking()
            .OrderByDescending(a => a.Mentions.Count).ThenBy(a => a.Name)
            .Select(a => new Row(a.Slug, a.Name, a.Kind, a.Role, a.Mentions.Count, a.Mentions.Select(m => m.ArticleId).Distinct().Count()))
            .ToListAsync(ct);
}
