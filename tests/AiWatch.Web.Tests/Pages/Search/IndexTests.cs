namespace AiWatch.Web.Tests.Pages.Search;

public sealed class IndexTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public IndexTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Finds_words_without_their_accents_and_highlights_them()
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=creme");

        var marks = page.Texts(".results mark");
        Assert.Contains("crème", marks);
        Assert.Contains($"/articles/{app.Sample.ArticleId}", page.Hrefs(".results .fact-head a"));
        // "crème" is in the sentence of the quote: the snippet leads there.
        Assert.Contains($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.QuoteSentence}", page.Hrefs(".results .snippet a"));
    }

    [Fact]
    public async Task Quote_hits_link_to_their_sentence()
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=utile");

        Assert.Contains($"/articles/{app.Sample.ArticleId}#sentence-{SampleData.QuoteSentence}", page.Hrefs(".results .snippet a"));
        Assert.Contains("Citation", page.Texts(".results .tag"));
    }

    [Fact]
    public async Task Snippets_are_encoded_before_the_marks_are_added()
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=%3Cscript%3E+utile");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal("<script> utile", page.QuerySelector("#q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Empty_query_shows_the_form_only()
    {
        var page = await app.CreateClient().GetDocumentAsync("/search");

        Assert.NotNull(page.QuerySelector("form[role=search] label[for=q]"));
        Assert.Empty(page.QuerySelectorAll(".results"));
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"AND (",
        "NEAR(",
        "*",
        "'",
        "\"",
        "-",
        "OR",
        "AND AND",
        "NOT",
        "a:b",
        "^",
        "'; DROP TABLE Articles;--",
        "\" OR 1=1 --",
        "openai*  \"sam",
        "\u0000",
        "\uE000crème\uE001",
        new string('a', 2000),
        string.Concat(Enumerable.Repeat("openai ", 300)),
        string.Concat(Enumerable.Repeat("(\"", 1000)),
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_input_gives_a_results_page(string query)
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal("Recherche", page.QuerySelector("h1")?.TextContent);
        Assert.Null(page.QuerySelector(".empty[role=status]"));
    }

    [Fact]
    public async Task Articles_table_survives_hostile_queries()
    {
        await app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("'; DROP TABLE Articles;--"));

        var page = await app.CreateClient().GetDocumentAsync("/articles");
        Assert.Contains($"/articles/{app.Sample.ArticleId}", page.Hrefs("ul.rows a"));
    }
}
