namespace AiWatch.Web.Pages.Shared;

/// <summary>Previous/next links of a paged list; <see cref="Link"/> builds the URL of a page number.</summary>
public sealed record Pager(int Page, int PageSize, int Total, Func<int, string> Link)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Any requested page number brought into range, so ?page=0 or ?page=abc shows page 1 instead of an error.</summary>
    public static int Clamp(int page) => Math.Clamp(page, 1, Api.Paging.MaxPage);
}
