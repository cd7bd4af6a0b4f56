using AiWatch.Web.Api;

namespace AiWatch.Web.Tests.Api;

/// <summary>Exports read their list a page at a time: every row once, in order, and no request past the end.</summary>
public sealed class ExportPagesTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 3)]
    [InlineData(9, 4)]
    [InlineData(10, 4)]
    public async Task Every_row_comes_once_in_order_and_reading_stops_at_the_first_short_page(int rows, int expectedRequests)
    {
        var list = Enumerable.Range(0, rows).ToList();
        var requests = new List<(int Skip, int Take)>();

        var read = await ToListAsync(ExportPages.AllAsync((skip, take) =>
        {
            requests.Add((skip, take));
            return Task.FromResult<IReadOnlyList<int>>(list.Skip(skip).Take(take).ToList());
        }, n => $"row {n}", pageSize: 3));

        Assert.Equal(list.Select(n => $"row {n}"), read);
        Assert.Equal(expectedRequests, requests.Count);
        Assert.Equal(Enumerable.Range(0, expectedRequests).Select(i => (i * 3, 3)), requests);
    }

    [Fact]
    public async Task Then_reads_the_second_list_after_the_first()
    {
        var first = ExportPages.AllAsync((skip, _) => Task.FromResult<IReadOnlyList<int>>(skip == 0 ? [1, 2] : []), n => n, pageSize: 5);
        var second = ExportPages.AllAsync((skip, _) => Task.FromResult<IReadOnlyList<int>>(skip == 0 ? [3] : []), n => n, pageSize: 5);

        Assert.Equal([1, 2, 3], await ToListAsync(first.Then(second)));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows)
    {
        var list = new List<T>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }
        return list;
    }
}
