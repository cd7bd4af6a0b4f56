using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

/// <summary>How the reader numbers sentences; where they break is the analyser's SentenceSplitter's business (and its specs).</summary>
public sealed class SentencesTests
{
    [Fact]
    public void Numbers_an_offset_by_the_sentence_holding_it()
    {
        var sentences = Sentences.Of("Un. Deux. Trois.");

        Assert.Equal(0, sentences.NumberAt(0));
        Assert.Equal(1, sentences.NumberAt(4));
        Assert.Equal(1, sentences.NumberAt(8));
        Assert.Equal(2, sentences.NumberAt(15));
        Assert.Equal(0, Sentences.Of("").NumberAt(10));
    }

    [Fact]
    public void Agrees_with_the_analyser_on_every_seed_sentence()
    {
        var seeds = AiWatch.Core.Ingestion.SeedPaths.FindSeedsFolder()!;
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var sentences = Sentences.Of(text);
            var spans = AiWatch.Core.Analysis.SentenceSplitter.Split(text);

            Assert.NotEmpty(spans);
            Assert.All(spans, span =>
            {
                Assert.Equal(span.Index, sentences.NumberAt(span.Start));
                Assert.Equal(span.Index, sentences.NumberAt(span.End - 1));
            });
        }
    }
}
