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
        new string('é', 10_000),
        "\u0001\u0007\u001b[31m openai \u007f",
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

    [Fact]
    public async Task Facet_counts_are_those_of_the_current_query()
    {
        // "poursuit" is only in the three reports of the lawsuit, one per source.
        var page = await app.CreateClient().GetDocumentAsync("/search?q=poursuit");

        Assert.Equal(3, page.QuerySelectorAll(".results > li").Length);
        Assert.Equal(["Article 3"], page.Texts("[data-facet=kind] li"));
        Assert.Equal(SampleData.LawsuitSources.Select(s => $"{s} 1").Order(), page.Texts("[data-facet=source] li").Order());
        Assert.Contains("Procès 3", page.Texts("[data-facet=type] li"));
        Assert.Contains("Elon Musk 3", page.Texts("[data-facet=actor] li"));
    }

    [Fact]
    public async Task A_facet_narrows_the_results_and_keeps_the_other_values_countable()
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=poursuit&source=www.autre.fr");

        var hit = Assert.Single(page.QuerySelectorAll(".results > li"));
        Assert.Contains("www.autre.fr", hit.TextContent);
        // The source facet ignores its own filter, so the other sources still show what they would give.
        Assert.Equal(3, page.QuerySelectorAll("[data-facet=source] li").Length);
        Assert.Equal("/search?q=poursuit", page.QuerySelector("[data-facet=source] a[aria-current]")?.GetAttribute("href"));
    }

    // "plainte" is in the first two reports of the lawsuit (10 and 11 May) and in the hedged claim of the second.
    [Theory]
    [InlineData("", 3)]
    [InlineData("kind=claim", 1)]
    [InlineData("kind=quote", 0)]
    [InlineData("kind=article", 2)]
    [InlineData("actor=sam-altman", 1)]
    [InlineData("actor=elon-musk", 3)]
    [InlineData("type=lawsuit&from=2025-05-11", 2)]
    [InlineData("to=2025-05-10", 1)]
    [InlineData("source=www.autre.fr", 2)]
    public async Task Filters_combine_with_the_query(string filters, int expected)
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=plainte&" + filters);

        Assert.Equal(expected, page.QuerySelectorAll(".results > li").Length);
    }

    [Fact]
    public async Task Sort_by_date_puts_the_newest_first()
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=poursuit&sort=date");

        var links = page.QuerySelectorAll(".results > li .fact-head a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(app.Sample.LawsuitArticleIds.Reverse().Select(id => $"/articles/{id}"), links);
        Assert.Equal("date", page.QuerySelector("#sort option[selected]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("kind=%27%3B--")]
    [InlineData("from=hier&to=%00")]
    [InlineData("actor=%22AND%20(&source=NEAR(")]
    [InlineData("sort=DROP%20TABLE")]
    public async Task Hostile_filters_give_a_results_page(string filters)
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=openai&" + filters);

        Assert.Equal("Recherche", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Control_characters_are_not_echoed_into_the_page()
    {
        var page = await app.CreateClient().GetDocumentAsync("/search?q=open%00ai%01&actor=%07elon-musk&source=%1b");

        Assert.Equal("openai", page.QuerySelector("#q")?.GetAttribute("value"));
        Assert.Equal("elon-musk", page.QuerySelector("#actor")?.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#source")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Csv_export_is_a_utf8_attachment_with_one_row_per_result()
    {
        var lines = await app.CreateClient().GetCsvLinesAsync("/search?q=poursuit&format=csv");

        Assert.Equal("genre,date,titre,source,extrait,lien", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.All(lines[1..], line => Assert.StartsWith("article,2025-05-1", line));
    }
}
