using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

public sealed class ArticleTitlesTests
{
    [Theory]
    [InlineData("Musk attaque OpenAI", "file:///tmp/x/a.txt", "Musk attaque OpenAI")]
    [InlineData(null, "file:///tmp/un/chemin/très/long/001_9a0ec7b28206342a.txt", "Sans titre · 001_9a0ec7b28206342a.txt")]
    [InlineData("  ", "https://www.lemonde.fr/pixels/article/2024/musk-openai_123.html", "Sans titre · musk-openai_123.html")]
    [InlineData(null, "https://www.lemonde.fr/", "Sans titre · www.lemonde.fr")]
    [InlineData(null, "https://exemple.fr/l%27IA%20forte", "Sans titre · l'IA forte")]
    public void Untitled_articles_are_named_by_their_file_or_page(string? title, string url, string expected) =>
        Assert.Equal(expected, ArticleTitles.Display(title, url));
}
