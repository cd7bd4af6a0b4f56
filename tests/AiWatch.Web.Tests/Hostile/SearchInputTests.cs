using System.Net;
using System.Text.Json;

namespace AiWatch.Web.Tests.Hostile;

/// <summary>
/// Whatever is typed in the search box, FTS5 syntax, SQL or a wall of text, the page and the API answer: a result
/// or an explanation, never a 500, and the tables are still there afterwards.
/// </summary>
public sealed class SearchInputTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public SearchInputTests(SampleApplication app) => this.app = app;

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"", "\"Elon Musk", "Musk\"", "NEAR(", "NEAR(Musk OpenAI", "NEAR(Musk OpenAI, 2)", "*", "Musk*", "* *",
        "OR AND", "AND", "OR", "NOT", "Musk NOT", "NOT NOT NOT", "title:Musk", "text:\"OpenAI\"", "col:term", "{title text}:Musk",
        "^", "^Musk", "(", ")", "((Musk)", "Musk)) OR ((", "-", "+Musk -OpenAI", ":", "'", "''", "\\", "%", "_", ";",
        "'; DROP TABLE Articles;--", "\" OR 1=1 --", "1; SELECT * FROM sqlite_master", "Musk' OR '1'='1",
        "search_index MATCH 'x'", "\u0000", "\u0001\u0002", "\uFFFE", "Musk\uFFFF", "\uFDD0", "\uD83F\uDFFE", "\uD800", "Musk\uDC00", "e\u0301\u0301\u0301", "<script>alert(1)</script>", "%00",
        new string('a', 10_000), string.Concat(Enumerable.Repeat("Musk OR ", 1_250)), new string('"', 10_000), new string('(', 10_000),
        string.Concat(Enumerable.Repeat("é", 10_000)),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task The_search_page_answers_with_results_or_an_explanation(string query)
    {
        var url = "/search?q=" + Uri.EscapeDataString(query);

        // GetDocumentAsync asserts 200 and a valid page, with the query escaped wherever it is echoed.
        var page = await app.CreateClient().GetDocumentAsync(url);

        Assert.NotNull(page.QuerySelector("main h1"));
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task The_search_api_answers_with_json_never_a_server_error(string query)
    {
        using var response = await app.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body[..Math.Min(500, body.Length)]}");
        using var json = JsonDocument.Parse(body);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("items").ValueKind);
        }
    }

    [Fact]
    public async Task Sql_in_the_query_leaves_the_tables_alone()
    {
        var client = app.CreateClient();
        await client.GetAsync("/search?q=" + Uri.EscapeDataString("'; DROP TABLE Articles;--"));
        await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"); DROP TABLE search_index;--"));

        var page = await client.GetDocumentAsync("/search?q=Musk");

        Assert.NotEmpty(page.QuerySelectorAll("main .snippet"));
        Assert.True(await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Articles)));
    }
}
