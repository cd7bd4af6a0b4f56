using AiWatch.Core.Storage;
using AiWatch.Web.Api;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Pages.Articles;

/// <summary>All articles, newest first, a page at a time.</summary>
public sealed class Index : PageModel
{
    private readonly AiWatchDbContext db;
    private readonly AiWatchOptions options;

    public Index(AiWatchDbContext db, IOptions<AiWatchOptions> options)
    {
        this.db = db;
        this.options = options.Value;
    }

    public sealed record Row(int Id, string Title, string Source, string Url, DateOnly? PublishedDate, string? Author, int Events, int Quotes, int Claims);

    public PagedResult<Row> Data { get; private set; } = null!;
    public Pager Pager => new(Data.Page, Data.PageSize, Data.Total, page => $"/articles?page={page}");

    // "page" is also Razor Pages' own route value, hence the explicit query source.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct) =>
        Data = await LoadAsync(db, new PageRequest(Pager.Clamp(pageNumber), options.PageSize), ct);

    public static async Task<PagedResult<Row>> LoadAsync(AiWatchDbContext db, PageRequest page, CancellationToken ct)
    {
        var total = await db.Articles.CountAsync(ct);
        var rows = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedDate).ThenByDescending(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(a => new Row(a.Id, ArticleTitles.Display(a.Title, a.Url), a.Source!.Name, a.Url, a.PublishedDate, a.Author,
                a.Events.Count, a.Quotes.Count, a.Claims.Count))
            .ToListAsync(ct);
        return new PagedResult<Row>(page.Page, page.PageSize, total, rows);
    }
}
