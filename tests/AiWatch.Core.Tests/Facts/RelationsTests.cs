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

    [Fact]
    public async Task Top_pairs_cover_the_whole_corpus_and_more_articles_break_ties()
    {
        await using var db = database.Open();

        var pairs = await db.TopActorPairsAsync(limit: 2);

        Assert.Equal(["elon-musk+openai 4 2", "elon-musk+sam-altman 2 2"],
            pairs.Select(p => $"{string.Join("+", new[] { p.A.Slug, p.B.Slug }.Order())} {p.SentenceCount} {p.ArticleCount}"));
        Assert.All(pairs, p => Assert.True(p.A.ActorId < p.B.ActorId));
        Assert.Equal(5, await db.CoMentions.CountAsync());
    }

    private static AnalysisResult CoMentions(params (string A, string B, int Sentences)[] pairs) =>
        Result() with { CoMentions = pairs.Select(p => new CoMentionMatch(p.A, p.B, p.Sentences)).ToList() };
}
