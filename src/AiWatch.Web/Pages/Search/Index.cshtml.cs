using AiWatch.Core.Storage;
using AiWatch.Web.Api;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Pages.Search;

/// <summary>Full-text search over articles, quotes and claims; accents and case do not matter.</summary>
public sealed class Index : PageModel
{
    private readonly AiWatchDbContext db;
    private readonly AiWatchOptions options;
    private readonly ILogger<Index> logger;

    public Index(AiWatchDbContext db, IOptions<AiWatchOptions> options, ILogger<Index> logger)
    {
        this.db = db;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary><see cref="Snippet"/> holds U+E000/U+E001 around the matched words (see <see cref="Highlight"/>).</summary>
    public sealed record Hit(string Kind, int ArticleId, string Title, string Snippet, string Link);

    public string Query { get; private set; } = "";
    public PagedResult<Hit> Data { get; private set; } = new(1, 1, 0, []);
    public bool Failed { get; private set; }
    public Pager Pager => new(Data.Page, Data.PageSize, Data.Total, page => $"/search?q={Uri.EscapeDataString(Query)}&page={page}");

    public async Task OnGetAsync([FromQuery(Name = "q")] string? q, [FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        // A NUL cannot be written into HTML (it would come out as the invalid "&#x0;"), and no word contains one.
        Query = q?.Replace("\0", "").Trim() ?? "";
        var page = new PageRequest(Pager.Clamp(pageNumber), options.PageSize);
        try
        {
            Data = await LoadAsync(db, Query, page, ct);
        }
        catch (SqliteException e)
        {
            // The query builder quotes every term, so this means a bug or a broken index: say so in the log, not with an error page.
            logger.LogWarning(e, "Search for {Query} failed", Query);
            Failed = true;
            Data = new PagedResult<Hit>(page.Page, page.PageSize, 0, []);
        }
    }

    public static async Task<PagedResult<Hit>> LoadAsync(AiWatchDbContext db, string query, PageRequest page, CancellationToken ct)
    {
        var total = await db.SearchCountAsync(query, ct);
        if (total == 0)
        {
            return new PagedResult<Hit>(page.Page, page.PageSize, 0, []);
        }
        var hits = await db.SearchAsync(query, page.PageSize, page.Skip, ct);
        var quoteIds = hits.Where(h => h.Kind == "quote").Select(h => h.ItemId).ToList();
        var claimIds = hits.Where(h => h.Kind == "claim").Select(h => h.ItemId).ToList();
        var quoteStarts = await db.Quotes.AsNoTracking().Where(x => quoteIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Start, ct);
        var claimStarts = await db.Claims.AsNoTracking().Where(x => claimIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Start, ct);
        var articleIds = hits.Select(h => h.ArticleId).Distinct().ToList();
        var texts = await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Text, ct);
        var links = new FactLinks(texts);

        // Every hit leads to a sentence: a fact's own, or for an article the one holding its first matched word.
        string Link(SearchHit hit) => hit.Kind switch
        {
            "quote" when quoteStarts.TryGetValue(hit.ItemId, out var start) => links.To(hit.ArticleId, start),
            "claim" when claimStarts.TryGetValue(hit.ItemId, out var start) => links.To(hit.ArticleId, start),
            "article" when texts.TryGetValue(hit.ArticleId, out var text) && SnippetLocator.FirstHitOffset(text, hit.Snippet) is { } at =>
                links.To(hit.ArticleId, at),
            _ => FactLinks.Article(hit.ArticleId),
        };
        var rows = hits.Select(h => new Hit(h.Kind, h.ArticleId, h.Title ?? "", h.Snippet, Link(h))).ToList();
        return new PagedResult<Hit>(page.Page, page.PageSize, total, rows);
    }

    public static string KindLabel(string kind) => kind switch
    {
        "quote" => "Citation",
        "claim" => "Déclaration",
        _ => "Article",
    };
}
