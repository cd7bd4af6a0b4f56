using System.Globalization;
using AiWatch.Web.Hosting;

namespace AiWatch.Web.Api;

/// <summary>A page of a list: 1-based <see cref="Page"/>, rows per page, rows to skip.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;
}

/// <summary>What every paged API answer looks like.</summary>
public sealed record PagedResult<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items)
{
    public PagedResult<T> Map(Func<T, T> item) => this with { Items = Items.Select(item).ToList() };
}

public static class Paging
{
    /// <summary>Deep pages are refused rather than scanned: no list here has a million rows.</summary>
    public const int MaxPage = 100_000;

    /// <summary>
    /// Reads ?page= and ?pageSize= (both optional). Returns the errors by parameter name when either is not
    /// a whole number in range, so the caller can answer 400 with a message saying what to send.
    /// </summary>
    public static (PageRequest Request, Dictionary<string, string[]>? Errors) Read(HttpRequest request, int defaultSize)
    {
        var errors = new Dictionary<string, string[]>();
        var page = Parse(request, "page", 1, 1, MaxPage, errors);
        var size = Parse(request, "pageSize", defaultSize, 1, AiWatchOptions.MaxPageSize, errors);
        return (new PageRequest(page, size), errors.Count == 0 ? null : errors);
    }

    private static int Parse(HttpRequest request, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var values = request.Query[name];
        if (values.Count == 0)
        {
            return fallback;
        }
        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        errors[name] = [$"'{name}' must be a whole number from {min} to {max}."];
        return fallback;
    }
}
