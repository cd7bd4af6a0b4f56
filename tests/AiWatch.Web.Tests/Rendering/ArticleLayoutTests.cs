using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

public sealed class ArticleLayoutTests
{
    private static IReadOnlyList<Paragraph> Layout(string text, params MentionSpan[] mentions) =>
        ArticleLayout.Build(text, Sentences.Of(text), mentions);

    [Fact]
    public void Keeps_every_character_of_each_paragraph()
    {
        const string text = "Sam Altman parle. OpenAI écoute.\n\nSecond paragraphe.";

        var paragraphs = Layout(text, new MentionSpan(0, 10, "sam-altman", "Sam Altman"), new MentionSpan(18, 6, "openai", "OpenAI"));

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("Sam Altman parle.OpenAI écoute.", string.Concat(paragraphs[0].Pieces.SelectMany(p => p.Segments).Select(s => s.Text)));
        Assert.Equal(["sentence-0", "sentence-1"], paragraphs[0].Pieces.Select(p => p.Id));
        Assert.Equal("sentence-2", paragraphs[1].Pieces.Single().Id);
    }

    [Fact]
    public void Cuts_mentions_out_as_linked_segments()
    {
        const string text = "Selon M. Musk, tout va bien.";

        var segments = Layout(text, new MentionSpan(6, 7, "elon-musk", "Elon Musk"), new MentionSpan(9, 4, "elon-musk", "Elon Musk"))
            .Single().Pieces.Single().Segments;

        Assert.Equal([("Selon ", null), ("M. Musk", "elon-musk"), (", tout va bien.", null)], segments.Select(s => (s.Text, s.ActorSlug)));
    }

    [Fact]
    public void Ignores_mentions_outside_the_text()
    {
        var segments = Layout("Court.", new MentionSpan(3, 50, "x", "X"), new MentionSpan(-1, 2, "y", "Y")).Single().Pieces.Single().Segments;

        Assert.Equal("Court.", Assert.Single(segments).Text);
    }

    [Fact]
    public void Empty_text_has_no_paragraphs()
    {
        Assert.Empty(Layout(""));
    }
}
