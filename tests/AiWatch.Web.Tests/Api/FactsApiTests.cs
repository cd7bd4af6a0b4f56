using System.Net;

namespace AiWatch.Web.Tests.Api;

public sealed class FactsApiTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public FactsApiTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Events_have_actor_slugs_amounts_and_links()
    {
        var events = await app.CreateClient().GetJsonAsync("/api/events?pageSize=200");

        var bid = events.Items().Single(e => e.GetProperty("link").GetString() == $"/articles/{app.Sample.ArticleId}#sentence-{SampleData.BidSentence}");
        Assert.Equal("bid", bid.GetProperty("type").GetString());
        Assert.Equal(["elon-musk", "openai"], bid.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(97_400_000_000m, bid.GetProperty("amountValue").GetDecimal());
    }

    [Fact]
    public async Task Quotes_have_speaker_and_link()
    {
        var quotes = await app.CreateClient().GetJsonAsync("/api/quotes?pageSize=200");

        Assert.Contains(quotes.Items(), q => q.GetProperty("speaker").GetString() == "sam-altman"
            && q.GetProperty("link").GetString() == $"/articles/{app.Sample.ArticleId}#sentence-{SampleData.QuoteSentence}");
    }

    [Fact]
    public async Task Claims_have_speaker_target_and_link()
    {
        var claims = await app.CreateClient().GetJsonAsync("/api/claims?pageSize=200");

        Assert.Contains(claims.Items(), c => c.GetProperty("speaker").GetString() == "elon-musk" && c.GetProperty("target").GetString() == "openai");
    }

    [Theory]
    [InlineData("/api/events?page=0")]
    [InlineData("/api/quotes?pageSize=-5")]
    [InlineData("/api/claims?page=%27%3B--")]
    public async Task Bad_paging_is_a_400(string url)
    {
        await app.CreateClient().GetJsonAsync(url, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Events_filter_by_type_and_actor()
    {
        var client = app.CreateClient();

        var bids = await client.GetJsonAsync("/api/events?type=bid&pageSize=200");
        var musk = await client.GetJsonAsync("/api/events?actor=elon-musk&pageSize=200");
        var nobody = await client.GetJsonAsync("/api/events?actor=nobody");

        Assert.NotEmpty(bids.Items());
        Assert.All(bids.Items(), e => Assert.Equal("bid", e.GetProperty("type").GetString()));
        Assert.NotEmpty(musk.Items());
        Assert.All(musk.Items(), e => Assert.Contains("elon-musk", e.GetProperty("actors").EnumerateArray().Select(a => a.GetString())));
        Assert.Equal(0, nobody.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Unknown_event_type_is_a_400()
    {
        var problem = await app.CreateClient().GetJsonAsync("/api/events?type=war", HttpStatusCode.BadRequest);

        Assert.Contains("lawsuit", problem.GetProperty("errors").GetProperty("type")[0].GetString());
    }
}
