using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;
using TimelineIndex = AiWatch.Web.Pages.Timeline.Index;
using ActorDetails = AiWatch.Web.Pages.Actors.Details;

namespace AiWatch.Web.Tests.Pages;

/// <summary>Lists longer than a page are paged, never loaded whole: the timeline, and a dossier's expanded section.</summary>
public sealed class LongListsTests : IClassFixture<LongListsTests.ManyEvents>
{
    /// <summary>One article reporting more OpenAI investments, one a day, than a dossier's expanded page holds.</summary>
    public sealed class ManyEvents : AiWatchApplication, IAsyncLifetime
    {
        public const int Count = ActorDetails.ExpandedPageSize + 5;

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        public Task InitializeAsync() => WithDbAsync(async db =>
        {
            var openai = await db.Actors.SingleAsync(a => a.Slug == "openai");
            var article = new Article
            {
                Source = new Source { Kind = SourceKind.Site, Name = "www.exemple.fr", CreatedUtc = DateTime.UtcNow },
                Url = "https://www.exemple.fr/serie", CanonicalUrl = "https://www.exemple.fr/serie", Title = "Série", ContentType = "text/plain",
                Text = "OpenAI investit.", RawContent = "OpenAI investit.", ContentHash = "serie", FetchedUtc = DateTime.UtcNow,
                PublishedDate = new DateOnly(2025, 1, 1),
            };
            for (var i = 0; i < Count; i++)
            {
                var day = new DateOnly(2020, 1, 1).AddDays(i);
                article.Events.Add(new Event
                {
                    Type = "investment", Date = day.ToString("yyyy-MM-dd"), DateStart = day, Evidence = "OpenAI investit.", EvidenceLength = 16,
                    AnalyzerVersion = "test", Actors = [new EventActor { ActorId = openai.Id, Position = 0 }],
                });
            }
            db.Articles.Add(article);
            return await db.SaveChangesAsync();
        });
    }

    private readonly ManyEvents app;

    public LongListsTests(ManyEvents app) => this.app = app;

    [Fact]
    public async Task Timeline_comes_in_pages_that_keep_the_filter()
    {
        var client = app.CreateClient();
        var total = await app.WithDbAsync(db => db.TimelineEntries.CountAsync(e => e.Type == "investment"));

        var first = await client.GetDocumentAsync("/timeline?type=investment");
        var second = await client.GetDocumentAsync("/timeline?type=investment&page=2");

        Assert.Equal(TimelineIndex.PageSize, first.QuerySelectorAll(".timeline > li").Length);
        Assert.Equal("/timeline?type=investment&page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Contains($"{total} événement(s)", first.QuerySelector("[role=status]")?.TextContent);
        Assert.Empty(first.QuerySelectorAll(".timeline > li").Select(li => li.Id).Intersect(second.QuerySelectorAll(".timeline > li").Select(li => li.Id)));
        Assert.Equal(TimelineIndex.PageSize, second.QuerySelectorAll(".timeline > li").Length);
    }

    [Fact]
    public async Task An_expanded_dossier_section_is_paged()
    {
        var client = app.CreateClient();

        var first = await client.GetDocumentAsync("/actors/openai?all=events");
        var second = await client.GetDocumentAsync("/actors/openai?all=events&page=2");

        Assert.Equal(ActorDetails.ExpandedPageSize, first.QuerySelectorAll("#events-title ~ ul.facts > li").Length);
        Assert.Equal("/actors/openai?all=events&page=2#events-title", first.QuerySelector("#events-title ~ .pager a[rel=next]")?.GetAttribute("href"));
        Assert.True(second.QuerySelectorAll("#events-title ~ ul.facts > li").Length >= ManyEvents.Count - ActorDetails.ExpandedPageSize);
        var events = await app.WithDbAsync(async db =>
        {
            var openai = await db.Actors.SingleAsync(a => a.Slug == "openai");
            return await db.TimelineActors.CountAsync(a => a.ActorId == openai.Id);
        });
        Assert.Contains($"({events})", first.QuerySelector("#events-title")?.TextContent);
    }
}
