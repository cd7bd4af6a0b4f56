using AiWatch.Core.Analysis;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;
using static AiWatch.Core.Tests.Facts.FactStore;

namespace AiWatch.Core.Tests.Facts;

public sealed class RelationsTests : FactStoreTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await store.StoreAsync("a", null, CoMentions(("elon-musk", "openai", 3), ("elon-musk", "sam-altman", 1)));
        await store.StoreAsync("b", null, CoMentions(("elon-musk", "openai", 1), ("openai", "sam-altman", 2)));
        await store.StoreAsync("c", null, CoMentions(("elon-musk", "sam-altman", 1)));
    }

    [Fact]
    public async Task Related_actors_are_ranked_by_shared_sentences_then_articles()
    {
        await using var db = database.Open();

        var related = await db.RelatedActorsAsync(await store.ActorIdAsync("elon-musk"));

        Assert.Equal(["openai 4 2", "sam-altman 2 2"], related.Select(r => $"{r.Slug} {r.SentenceCount} {r.ArticleCount}"));
        Assert.Equal("OpenAI", related[0].Name);
        Assert.Single(await db.RelatedActorsAsync(await store.ActorIdAsync("elon-musk"), limit: 1));
        Assert.Empty(await db.RelatedActorsAsync(await store.ActorIdAsync("nvidia")));
    }

    private static AnalysisResult CoMentions(params (string A, string B, int Sentences)[] pairs) =>
        Result() with { CoMentions = pairs.Select(p => new CoMentionMatch(p.A, p.B, p.Sentences)).ToList() };
}
