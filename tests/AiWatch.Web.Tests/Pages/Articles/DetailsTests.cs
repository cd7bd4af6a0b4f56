using System.Net;

namespace AiWatch.Web.Tests.Pages.Articles;

public sealed class DetailsTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public DetailsTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Shows_title_source_date_and_author()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.ArticleId}");

        Assert.Equal(app.Sample.Title, page.QuerySelector("h1")?.TextContent);
        var meta = page.QuerySelector(".reader header .meta")!.TextContent;
        Assert.Contains("www.exemple.fr", meta);
        Assert.Contains("1 avril 2025", meta);
        Assert.Contains("Jeanne Test", meta);
    }

    [Fact]
    public async Task Text_is_laid_out_by_paragraph_with_numbered_sentences()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.ArticleId}");

        Assert.Equal(4, page.QuerySelectorAll(".article-text p").Length);
        Assert.Equal(
            ["sentence-0", "sentence-1", "sentence-2", "sentence-3", "sentence-4"],
            page.QuerySelectorAll(".article-text .sentence[id]").Select(e => e.Id!));
        Assert.Equal("M. Musk réclame 97,4 milliards de dollars.", page.QuerySelector($"#sentence-{SampleData.BidSentence}")?.TextContent);
    }

    [Fact]
    public async Task Actor_mentions_link_to_their_dossiers()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.ArticleId}");

        var mentions = page.QuerySelectorAll(".article-text a.mention").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Sam Altman", "/actors/sam-altman"), mentions);
        Assert.Contains(("M. Musk", "/actors/elon-musk"), mentions);
        Assert.Equal(2, mentions.Count(m => m.Item2 == "/actors/openai"));
    }

    [Fact]
    public async Task Header_lists_the_actors_cited_most_mentioned_first()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.ArticleId}");

        var cast = page.QuerySelectorAll(".cast a").Select(a => (a.GetAttribute("href"), a.QuerySelector(".count")?.TextContent)).ToList();
        Assert.Equal(("/actors/elon-musk", "2"), cast[0]);
        Assert.Contains(("/actors/softbank", "1"), cast);
    }

    [Fact]
    public async Task Every_fact_links_to_its_sentence()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.ArticleId}");
        var prefix = $"/articles/{app.Sample.ArticleId}#sentence-";

        var links = page.Hrefs(".facts-panel li a[href*='#sentence-']");
        Assert.Contains(prefix + SampleData.InvestmentSentence, links);
        Assert.Contains(prefix + SampleData.BidSentence, links);
        Assert.Contains(prefix + SampleData.QuoteSentence, links);
        Assert.Contains(prefix + SampleData.ClaimSentence, links);
        Assert.All(links, link => Assert.NotNull(page.GetElementById(link.Split('#')[1])));
        Assert.Contains("40 milliards $", page.Texts(".facts-panel .amount"));
    }

    [Fact]
    public async Task Sentences_that_carry_facts_are_marked()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.ArticleId}");

        Assert.Equal(
            new[] { SampleData.InvestmentSentence, SampleData.QuoteSentence, SampleData.ClaimSentence, SampleData.BidSentence }.Select(n => $"sentence-{n}"),
            page.QuerySelectorAll(".sentence.has-fact").Select(e => e.Id));
    }

    [Theory]
    [InlineData("/articles/999999")]
    [InlineData("/articles/0")]
    [InlineData("/articles/-1")]
    [InlineData("/articles/abc")]
    public async Task Unknown_article_is_a_404_page(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page introuvable", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Local_files_show_their_name_not_the_server_folders()
    {
        var client = app.CreateClient();
        var id = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Articles.Where(a => a.Url.StartsWith("file:")).Select(a => a.Id)));

        var page = await client.GetDocumentAsync($"/articles/{id}");

        var label = page.QuerySelector(".reader .url")!.TextContent;
        Assert.Matches(@"^fichier \d{3}_[0-9a-f]+\.txt$", label);
    }

    [Fact]
    public async Task Epithet_mentions_are_linked_and_styled_apart()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.LawsuitArticleIds[2]}");

        var epithet = Assert.Single(page.QuerySelectorAll(".article-text a.mention.epithet"));
        Assert.Equal(SampleData.Epithet, epithet.TextContent);
        Assert.Equal("/actors/elon-musk", epithet.GetAttribute("href"));
        Assert.Contains("périphrase", epithet.GetAttribute("title"));
        Assert.Contains(page.QuerySelectorAll(".article-text a.mention"), a => !a.ClassList.Contains("epithet") && a.TextContent == "Elon Musk");
    }

    [Fact]
    public async Task Copies_of_the_same_story_and_revisions_are_listed()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.LawsuitArticleIds[0]}");

        Assert.Equal(app.Sample.LawsuitArticleIds.Skip(1).Select(id => $"/articles/{id}"), page.Hrefs(".copies a"));
        Assert.Equal(["www.autre.fr", "www.troisieme.fr"], page.Texts(".copies a"));
        Assert.Contains("1 version(s)", page.QuerySelector(".revisions")?.TextContent);

        var alone = await app.CreateClient().GetDocumentAsync($"/articles/{app.Sample.OlderArticleId}");
        Assert.Null(alone.QuerySelector(".copies"));
        Assert.Null(alone.QuerySelector(".revisions"));
    }
}
