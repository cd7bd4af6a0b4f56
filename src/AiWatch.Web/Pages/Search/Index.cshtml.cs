using AiWatch.Core.Storage;
using AiWatch.Web.Api;
using AiWatch.Web.Hosting;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Pages.Search;

/// <summary>One box over articles, quotes and claims, narrowed by facets; accents and case do not matter.</summary>
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

    public string Query { get; private set; } = "";
    public SearchFilter Filter { get; private set; } = new();
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public SearchResult? Result { get; private set; }
    public PagedResult<SearchRow> Data => Result?.Page ?? new(1, 1, 0, []);
    public bool Failed { get; private set; }
    public Pager Pager => new(Data.Page, Data.PageSize, Data.Total, page => "/search?" + Filter.ToQueryString(Query, page));

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "q")] string? q, [FromQuery(Name = "page")] int pageNumber, [FromQuery] string? format, CancellationToken ct)
    {
        Query = QueryText.Clean(q);
        Filter = SearchFilter.Read(Request.Query, out var problems);
        Problems = problems;
        try
        {
            if (format == "csv")
            {
                var rows = await SearchEngine.AllAsync(db, Query, Filter, ct);
                return new FileContentResult(ToCsv(rows, $"{Request.Scheme}://{Request.Host}{Request.PathBase}"), Csv.ContentType) { FileDownloadName = "recherche.csv" };
            }
            Result = await SearchEngine.RunAsync(db, Query, Filter, new PageRequest(Pager.Clamp(pageNumber), options.PageSize), ct);
        }
        catch (SqliteException e)
        {
            // The query builder quotes every term, so this means a bug or a broken index: say so in the log, not with an error page.
            logger.LogWarning(e, "Search for {Query} failed", Query);
            Failed = true;
        }
        return Page();
    }

    /// <summary>The unfiltered first page, as /api/search has always answered.</summary>
    public static async Task<PagedResult<SearchRow>> LoadAsync(AiWatchDbContext db, string query, PageRequest page, CancellationToken ct) =>
        (await SearchEngine.RunAsync(db, query, new SearchFilter(), page, ct)).Page;

    public static readonly string[] CsvHeader = ["genre", "date", "titre", "source", "extrait", "lien"];

    public static byte[] ToCsv(IReadOnlyList<SearchRow> rows, string baseUrl) => Csv.Write(CsvHeader, rows.Select(r => (IReadOnlyList<string?>)
    [
        r.Kind, r.PublishedDate?.ToString("yyyy-MM-dd"), r.Title, r.Source,
        r.Snippet.Replace(SearchQueries.HighlightStart.ToString(), "").Replace(SearchQueries.HighlightEnd.ToString(), ""), baseUrl + r.Link,
    ]));

    public string FacetLink(string facet, string? value) => "/search?" + Filter.With(facet, value).ToQueryString(Query);
}
