namespace AiWatch.Web.Pages.Shared;

/// <summary>
/// What a page echoes back from its query string. Control characters are dropped: no word or slug contains one,
/// and HTML cannot carry them (a NUL comes out as the invalid "&amp;#x0;").
/// </summary>
public static class QueryText
{
    public static string Clean(string? raw) =>
        raw is null ? "" : string.Concat(raw.Where(c => !char.IsControl(c))).Trim();
}
