namespace AiWatch.Web.Api;

/// <summary>
/// Exports of lists with no upper bound (an actor's 100,000 quotes, the whole timeline) are read a page at a time
/// and written as they come: the server holds one page, however long the list.
/// </summary>
public static class ExportPages
{
    /// <summary>Rows per page: a timeline entry loads its first reports with their links, hence fewer at a time.</summary>
    public const int Size = 500;

    /// <summary>Rows per page of quotes and claims (one row each): deep pages of an actor's facts cost more per page (measured in docs/benchmarks.md).</summary>
    public const int FactsSize = 2000;

    /// <summary>Every row <paramref name="page"/> returns (given how many to skip and take), page after page, until a page comes back short.</summary>
    public static async IAsyncEnumerable<TOut> AllAsync<T, TOut>(Func<int, int, Task<IReadOnlyList<T>>> page, Func<T, TOut> map, int pageSize = Size)
    {
        for (var skip = 0; ; skip += pageSize)
        {
            var rows = await page(skip, pageSize);
            foreach (var row in rows)
            {
                yield return map(row);
            }
            if (rows.Count < pageSize)
            {
                yield break;
            }
        }
    }

    /// <summary>The rows of <paramref name="first"/>, then those of <paramref name="second"/>.</summary>
    public static async IAsyncEnumerable<T> Then<T>(this IAsyncEnumerable<T> first, IAsyncEnumerable<T> second)
    {
        await foreach (var row in first)
        {
            yield return row;
        }
        await foreach (var row in second)
        {
            yield return row;
        }
    }
}
