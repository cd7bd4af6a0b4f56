using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

public sealed class SnippetLocatorTests
{
    private const string Text = "Premier point. Sam Altman s’en félicite… vraiment. Elon Musk affirme que OpenAI a trahi sa mission.";

    [Theory]
    [InlineData("Premier point. Sam \uE000Altman\uE001 s’en", "Altman")]
    [InlineData("…point. Sam Altman s’en félicite… vraiment. \uE000Elon\uE001 Musk…", "Elon")]
    [InlineData("…s’en félicite… \uE000vraiment\uE001.", "vraiment")]
    [InlineData("…que \uE000OpenAI\uE001 a trahi sa mission.", "OpenAI")]
    public void Points_at_the_first_hit(string snippet, string word)
    {
        Assert.Equal(Text.IndexOf(word, StringComparison.Ordinal), SnippetLocator.FirstHitOffset(Text, snippet));
    }

    [Theory]
    [InlineData("no marker at all")]
    [InlineData("…un \uE000texte\uE001 qui n’y est pas…")]
    [InlineData("\uE000\uE001")]
    [InlineData("…")]
    public void Gives_up_rather_than_guess(string snippet)
    {
        Assert.Null(SnippetLocator.FirstHitOffset(Text, snippet));
    }
}
