using AiWatch.Core.Analysis;
using AiWatch.Core.Generation;
using AiWatch.Core.Tests.Analysis;

namespace AiWatch.Core.Tests.Generation;

public sealed class ArticleGeneratorTests
{
    private static readonly ArticleGenerator Generator = new(TestRegistry.Registry);

    [Fact]
    public void The_same_seed_and_index_give_the_same_article()
    {
        var first = Enumerable.Range(0, 30).Select(i => Generator.Generate(42, i)).ToList();
        // A fresh generator, articles asked in reverse order and in parallel: nothing but (seed, index) matters.
        var again = new ArticleGenerator(TestRegistry.Registry);
        var second = Enumerable.Range(0, 30).Reverse().AsParallel().Select(i => again.Generate(42, i)).OrderBy(a => a.RelativePath).ToList();

        Assert.Equal(first.Select(a => (a.RelativePath, a.Content)), second.Select(a => (a.RelativePath, a.Content)));
    }

    [Fact]
    public void Another_seed_gives_other_articles()
    {
        var a = Enumerable.Range(0, 20).Select(i => Generator.Generate(1, i).Truth.Title).ToList();
        var b = Enumerable.Range(0, 20).Select(i => Generator.Generate(2, i).Truth.Title).ToList();

        Assert.True(a.Zip(b).Count(p => p.First != p.Second) >= 15);
        Assert.NotEqual(Generator.Generate(1, 0).Content, Generator.Generate(2, 0).Content);
    }

    [Fact]
    public void Neighbouring_seeds_and_indexes_get_unrelated_random_sequences()
    {
        var seeds = new[] { (0, 0), (0, 1), (1, 0), (1, 1), (-1, 0), (int.MaxValue, 9_999_999) }
            .Select(p => ArticleGenerator.ArticleSeed(p.Item1, p.Item2)).ToList();

        Assert.Equal(seeds.Count, seeds.Distinct().Count());
        Assert.All(seeds, s => Assert.True(s >= 0));
    }

    [Fact]
    public void No_two_indexes_of_a_seed_share_an_article_seed()
    {
        // A hash down to 31 bits would collide about 230 times over a million indexes (two identical articles each time).
        Assert.Equal(1_000_000, Enumerable.Range(0, 1_000_000).Select(i => ArticleGenerator.ArticleSeed(42, i)).Distinct().Count());
    }

    [Theory]
    [InlineData(0, true, "000/000000.html")]
    [InlineData(999, false, "000/000999.txt")]
    [InlineData(1000, true, "001/001000.html")]
    [InlineData(123_456, true, "123/123456.html")]
    [InlineData(9_999_999, true, "9999/9999999.html")]
    public void Articles_go_in_folders_of_a_thousand(int index, bool html, string expected)
    {
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), ArticleGenerator.RelativePath(index, html));
    }

    [Fact]
    public void Published_dates_stay_within_2019_to_mid_2026_and_spread_over_the_years()
    {
        var dates = Enumerable.Range(0, 300).Select(i => Generator.Generate(5, i).Truth.Published).ToList();

        Assert.All(dates, d => Assert.InRange(d, new DateOnly(2019, 1, 1), new DateOnly(2026, 6, 30)));
        Assert.True(dates.Select(d => d.Year).Distinct().Count() >= 7);
    }

    [Fact]
    public void A_registry_too_small_for_a_story_is_refused()
    {
        var registry = new ActorRegistry([
            new ActorDefinition { Slug = "openai", Name = "OpenAI", Kind = "organisation" },
            new ActorDefinition { Slug = "sam-altman", Name = "Sam Altman", Kind = "person" },
        ]);

        var error = Assert.Throws<InvalidDataException>(() => new ArticleGenerator(registry));
        Assert.Contains("three organisations", error.Message);
    }
}
