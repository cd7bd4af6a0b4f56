using AiWatch.Core.Storage;
using AiWatch.Core.Model;
using AiWatch.Web.Api;
using AiWatch.Web.Tests.Api;
using AiWatch.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using ActorDetails = AiWatch.Web.Pages.Actors.Details;
using GroupedEvents = AiWatch.Web.Pages.Timeline.GroupedEvents;

namespace AiWatch.Web.Tests.Pages;

/// <summary>
/// A much quoted actor (more quotes and claims than the dossier sorts in memory) and a happening reported by more
/// articles than a timeline entry lists: the pages show the newest facts and the first reports, and count the rest.
/// </summary>
public sealed class ManyReportsTests : IClassFixture<ManyReportsTests.ManyArticles>
{
    /// <summary>One article a day, each quoting Sam Altman and reporting a claim of his about OpenAI; the first seven report one investment.</summary>
    public sealed class ManyArticles : AiWatchApplication, IAsyncLifetime
    {
        public const int Count = ActorDetails.ManyFacts + 5;
        public const int Reports = GroupedEvents.ReportsShown + 2;
        // After the seed articles, so the newest facts are these.
        public static readonly DateOnly FirstDay = new(2027, 1, 1);

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        public Task InitializeAsync() => WithDbAsync(async db =>
        {
            var altman = await db.Actors.SingleAsync(a => a.Slug == "sam-altman");
            var openai = await db.Actors.SingleAsync(a => a.Slug == "openai");
            var source = new Source { Kind = SourceKind.Site, Name = "www.exemple.fr", CreatedUtc = DateTime.UtcNow };
            var group = new EventGroup { Type = "investment", Date = "2019-06", DateStart = new DateOnly(2019, 6, 1), ActorSlugs = "openai", SourceCount = Reports };
            for (var i = 0; i < Count; i++)
            {
                var text = $"Sam Altman a dit : « Citation {i}. » Il affirme que OpenAI avance ({i}).";
                var article = new Article
                {
                    Source = source, Url = $"https://www.exemple.fr/{i}", CanonicalUrl = $"https://www.exemple.fr/{i}", Title = $"Article {i}",
                    ContentType = "text/plain", Text = text, RawContent = text, ContentHash = $"h{i}", FetchedUtc = DateTime.UtcNow,
                    PublishedDate = FirstDay.AddDays(i),
                    // As the analyser stores them: the speaker and the target of a fact are named in its article.
                    Mentions =
                    [
                        new Mention { ActorId = altman.Id, Start = 0, Length = 10, Surface = "Sam Altman", AnalyzerVersion = "test" },
                        new Mention { ActorId = openai.Id, Start = 51, Length = 6, Surface = "OpenAI", AnalyzerVersion = "test" },
                    ],
                    Quotes = [new Quote { Text = $"Citation {i}.", SpeakerActorId = altman.Id, Start = 20, Length = 12, AnalyzerVersion = "test" }],
                    Claims = [new Claim { Text = $"OpenAI avance ({i})", SpeakerActorId = altman.Id, TargetActorId = openai.Id, Start = 37, Length = 18, AnalyzerVersion = "test" }],
                };
                if (i < Reports)
                {
                    article.Events.Add(new Event
                    {
                        Type = "investment", Date = "2019-06", DateStart = new DateOnly(2019, 6, 1), Evidence = text, EvidenceLength = text.Length,
                        AnalyzerVersion = "test", Group = group, Actors = [new EventActor { ActorId = openai.Id, Position = 0 }],
                    });
                }
                db.Articles.Add(article);
            }
            return await db.SaveChangesAsync();
        });
    }

    private readonly ManyArticles app;

    public ManyReportsTests(ManyArticles app) => this.app = app;

    [Fact]
    public async Task A_much_quoted_actors_dossier_lists_the_newest_quotes_and_claims_first()
    {
        var client = app.CreateClient();

        var dossier = await client.GetDocumentAsync("/actors/sam-altman");
        var newest = ManyArticles.Count - 1;

        var count = await app.WithDbAsync(db => db.Quotes.CountAsync(q => q.SpeakerActor!.Slug == "sam-altman"));
        Assert.True(count >= ManyArticles.Count);
        Assert.Contains($"({count})", dossier.QuerySelector("#quotes-title")?.TextContent);
        var quotes = dossier.QuerySelectorAll("#quotes-title ~ ul.facts > li").Select(li => li.TextContent).ToList();
        Assert.Equal(20, quotes.Count);
        Assert.Contains($"Citation {newest}.", quotes[0]);
        Assert.Contains($"Citation {newest - 19}.", quotes[19]);
        Assert.Contains($"OpenAI avance ({newest})", dossier.QuerySelector("#claims-by-title ~ ul.facts > li")?.TextContent);
        Assert.Contains($"/articles/", dossier.QuerySelector("#quotes-title ~ ul.facts > li a[href*='#sentence-']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_expanded_section_of_many_quotes_is_paged_newest_first()
    {
        var client = app.CreateClient();

        var second = await client.GetDocumentAsync("/actors/sam-altman?all=quotes&page=2");

        var quotes = second.QuerySelectorAll("#quotes-title ~ ul.facts > li").Select(li => li.TextContent).ToList();
        Assert.Equal(ActorDetails.ExpandedPageSize, quotes.Count);
        Assert.Contains($"Citation {ManyArticles.Count - 1 - ActorDetails.ExpandedPageSize}.", quotes[0]);
    }

    [Fact]
    public async Task Exports_of_long_lists_hold_every_row_newest_first_read_page_after_page()
    {
        var client = app.CreateClient();
        var quoteCount = await app.WithDbAsync(db => db.Quotes.CountAsync(q => q.SpeakerActor!.Slug == "sam-altman"));
        var claimCount = await app.WithDbAsync(db => db.Claims.CountAsync(c => c.SpeakerActor!.Slug == "openai" || c.TargetActor!.Slug == "openai"));
        Assert.True(quoteCount > ExportPages.FactsSize);

        var quotes = (await client.GetCsvLinesAsync("/actors/sam-altman/quotes.csv"))[1..];
        var claims = (await client.GetCsvLinesAsync("/actors/openai/claims.csv"))[1..];

        Assert.Equal(quoteCount, quotes.Length);
        Assert.Equal(quoteCount, quotes.Distinct().Count());
        Assert.Contains($"Citation {ManyArticles.Count - 1}.", quotes[0]);
        Assert.Contains($"Citation {ManyArticles.Count - 1 - ExportPages.FactsSize}.", quotes[ExportPages.FactsSize]);
        Assert.Equal(claimCount, claims.Length);
        Assert.Equal(claimCount, claims.Distinct().Count());
    }

    [Fact]
    public async Task The_api_dossier_holds_a_page_of_each_list_and_pages_through_one()
    {
        var client = app.CreateClient();

        var first = await client.GetJsonAsync("/api/actors/sam-altman");
        var second = await client.GetJsonAsync("/api/actors/sam-altman?all=quotes&page=2");

        Assert.Equal(new AiWatchOptions().PageSize, first.GetProperty("quotesBy").GetArrayLength());
        Assert.True(first.GetProperty("figures").GetProperty("quotes").GetInt32() >= ManyArticles.Count);
        var page = second.GetProperty("quotesBy").EnumerateArray().Select(q => q.GetProperty("text").GetString()).ToList();
        Assert.Equal(ActorDetails.ExpandedPageSize, page.Count);
        Assert.Contains($"Citation {ManyArticles.Count - 1 - ActorDetails.ExpandedPageSize}.", page[0]);
        Assert.Equal(new AiWatchOptions().PageSize, second.GetProperty("claimsBy").GetArrayLength());
    }

    [Fact]
    public async Task Claims_about_an_actor_made_by_others_come_newest_first()
    {
        var dossier = await app.CreateClient().GetDocumentAsync("/actors/openai");

        var count = await app.WithDbAsync(db => db.Claims.CountAsync(c => c.TargetActor!.Slug == "openai" && c.SpeakerActor!.Slug != "openai"));
        Assert.True(count >= ManyArticles.Count);
        Assert.Contains($"({count})", dossier.QuerySelector("#claims-about-title")?.TextContent);
        Assert.Contains($"OpenAI avance ({ManyArticles.Count - 1})", dossier.QuerySelector("#claims-about-title ~ ul.facts > li")?.TextContent);
    }

    [Fact]
    public async Task A_happening_reported_by_many_articles_lists_the_first_and_counts_them_all()
    {
        var timeline = await app.CreateClient().GetDocumentAsync("/timeline?type=investment&from=2019-06-01&to=2019-06-30");

        var entry = Assert.Single(timeline.QuerySelectorAll(".timeline > li"));
        Assert.Contains($"Rapporté par {ManyArticles.Reports} articles, dont les {GroupedEvents.ReportsShown} premiers", entry.TextContent);
        var sources = entry.QuerySelectorAll("ul.sources > li").Select(li => li.TextContent).ToList();
        Assert.Equal(GroupedEvents.ReportsShown, sources.Count);
        Assert.StartsWith("Article 0", sources[0].Trim());
        Assert.StartsWith($"Article {GroupedEvents.ReportsShown - 1}", sources[^1].Trim());
        Assert.Contains("OpenAI", entry.TextContent);
    }

    [Fact]
    public async Task A_search_matching_more_than_the_ranked_limit_says_so_and_marks_the_words_of_every_row_shown()
    {
        var client = app.CreateClient();
        // "Altman" is in every article's text and is the speaker of every quote and claim: three times Count matches.
        Assert.True(3 * ManyArticles.Count > SearchQueries.RankedMatches);

        var first = await client.GetDocumentAsync("/search?q=Altman");
        var articles = await client.GetDocumentAsync("/search?q=Altman&kind=article&page=3");

        Assert.Contains($"Plus de {SearchQueries.RankedMatches} résultat(s)", first.QuerySelector("p[role=status]")?.TextContent);
        var newest = await app.WithDbAsync(db => db.Articles.MaxAsync(a => a.Id));
        Assert.StartsWith($"/articles/{newest}#", first.QuerySelector("ol.results > li .snippet a")?.GetAttribute("href"));
        // A later page of one kind shows rows scattered among the matches: each snippet still marks the word.
        var rows = articles.QuerySelectorAll("ol.results > li").ToList();
        Assert.Equal(20, rows.Count);
        Assert.All(rows, row => Assert.Equal("Altman", row.QuerySelector(".snippet mark")?.TextContent));
    }
}
