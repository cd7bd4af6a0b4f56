using System.Net;

namespace AiWatch.Web.Tests.Pages.Actors;

public sealed class DetailsTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public DetailsTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Dossier_shows_identity_and_mentions()
    {
        var page = await app.CreateClient().GetDocumentAsync("/actors/elon-musk");

        Assert.Equal("Elon Musk", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Personne", page.QuerySelector(".dossier-head .tag")?.TextContent);
        Assert.Contains($"/articles/{app.Sample.ArticleId}", page.Hrefs("#articles-title ~ ul a"));
    }

    [Fact]
    public async Task Affiliations_link_both_ways()
    {
        var client = app.CreateClient();

        var altman = await client.GetDocumentAsync("/actors/sam-altman");
        var openai = await client.GetDocumentAsync("/actors/openai");

        // seeds/actors.json ties Sam Altman to OpenAI.
        Assert.Contains("/actors/openai", altman.Hrefs(".facts-summary a"));
        Assert.Contains("/actors/sam-altman", openai.Hrefs(".facts-summary a"));
    }

    [Fact]
    public async Task Events_quotes_and_claims_link_to_their_sentences()
    {
        var client = app.CreateClient();
        var prefix = $"/articles/{app.Sample.ArticleId}#sentence-";

        var musk = await client.GetDocumentAsync("/actors/elon-musk");
        Assert.Contains(prefix + SampleData.BidSentence, musk.Hrefs("#events-title ~ ul blockquote a"));
        Assert.Contains("/timeline?actor=elon-musk", musk.Hrefs("#events-title ~ p a"));
        Assert.Contains(prefix + SampleData.ClaimSentence, musk.Hrefs("#claims-by-title ~ ul blockquote a"));

        var altman = await client.GetDocumentAsync("/actors/sam-altman");
        Assert.Contains(prefix + SampleData.QuoteSentence, altman.Hrefs("#quotes-title ~ ul blockquote a"));

        var openai = await client.GetDocumentAsync("/actors/openai");
        Assert.Contains(prefix + SampleData.ClaimSentence, openai.Hrefs("#claims-about-title ~ ul blockquote a"));
        Assert.Contains(prefix + SampleData.InvestmentSentence, openai.Hrefs("#events-title ~ ul blockquote a"));
    }

    [Theory]
    [InlineData("/actors/nobody")]
    [InlineData("/actors/%27%3B%20DROP%20TABLE%20Actors%3B--")]
    public async Task Unknown_actor_is_a_404_page(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page introuvable", page.QuerySelector("h1")?.TextContent);
    }
}
