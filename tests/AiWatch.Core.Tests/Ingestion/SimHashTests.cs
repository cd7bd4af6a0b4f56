using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class SimHashTests
{
    private static readonly string Article = Read("mistral-levee.txt");

    [Fact]
    public void The_same_text_always_gets_the_same_hash()
    {
        // A constant from an earlier run: a per-process hash (string.GetHashCode) would change it at every start.
        Assert.Equal(SimHash.Compute(Article), SimHash.Compute(new string(Article.AsSpan())));
        Assert.Equal(0xcbf29ce484222325UL, SimHash.Fnv1a64(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, SimHash.Fnv1a64("a"));
        Assert.Equal(StableHashOfArticle, SimHash.Compute(Article));
    }

    [Fact]
    public void Case_accents_and_punctuation_do_not_change_the_hash() =>
        Assert.Equal(SimHash.Compute("Élisabeth Borne a déclaré : « Il faut agir. »"), SimHash.Compute("elisabeth borne a declare il faut agir"));

    [Fact]
    public void A_one_word_edit_moves_the_hash_by_a_few_bits()
    {
        var edited = Article.Replace("mardi", "lundi", StringComparison.Ordinal);

        Assert.NotEqual(SimHash.Compute(Article), SimHash.Compute(edited));
        Assert.InRange(SimHash.Distance(SimHash.Compute(Article), SimHash.Compute(edited)), 1, SimHashIndex.MaxDistance);
    }

    [Fact]
    public void A_syndicated_copy_with_another_title_byline_and_edits_stays_near()
    {
        var copy = Read("mistral-levee-reprise.txt");

        Assert.InRange(SimHash.Distance(SimHash.Compute(Article), SimHash.Compute(copy)), 1, SimHashIndex.MaxDistance);
    }

    [Fact]
    public void A_copy_missing_its_quote_paragraph_stays_near()
    {
        var cut = string.Join('\n', Article.Split('\n').Where(line => !line.StartsWith('«')));

        Assert.InRange(SimHash.Distance(SimHash.Compute(Article), SimHash.Compute(cut)), 1, SimHashIndex.MaxDistance);
    }

    [Fact]
    public void Another_article_on_the_same_subject_is_far()
    {
        var other = Read("mistral-analyse.txt");

        Assert.True(SimHash.Distance(SimHash.Compute(Article), SimHash.Compute(other)) > 2 * SimHashIndex.MaxDistance);
    }

    [Theory]
    [InlineData(0L, 0L, 0)]
    [InlineData(0L, -1L, 64)]
    [InlineData(0b1011L, 0b0001L, 2)]
    public void Distance_counts_differing_bits(long a, long b, int expected) => Assert.Equal(expected, SimHash.Distance(a, b));

    [Fact]
    public void Text_without_words_hashes_to_zero() => Assert.Equal(0, SimHash.Compute(" … — ! "));

    private const long StableHashOfArticle = -3702598456611156800;

    internal static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ingestion", "testdata", name));
}
