using AiWatch.Core.Analysis;

namespace AiWatch.Core.Tests.Analysis;

public sealed class ActorMatcherTests
{
    private static int Count(string text, string slug) =>
        new ActorMatcher(TestRegistry.Registry).Match(text).Count(m => m.Slug == slug);

    [Theory]
    // possessive son/Son is never Masayoshi Son
    [InlineData("C'est la fin de son storytelling.", "masayoshi-son", 0)]
    [InlineData("Son créateur rêve d'une suite.", "masayoshi-son", 0)]
    [InlineData("Masayoshi Son arrive. Son avocat parle.", "masayoshi-son", 1)]
    [InlineData("Masayoshi Son arrive. Son, qui avait promis 100 milliards, se tait.", "masayoshi-son", 2)]
    [InlineData("Masayoshi Son arrive. Son a tout misé sur OpenAI.", "masayoshi-son", 2)]
    [InlineData("Son, qui avait promis 100 milliards, se tait.", "masayoshi-son", 0)]
    [InlineData("Masa Son, M. Son et Masayoshi Son.", "masayoshi-son", 3)]
    // the common noun oracle is not Oracle
    [InlineData("Il ne faut pas jouer les oracles.", "oracle", 0)]
    [InlineData("L'oracle de Delphe et Oracle.", "oracle", 1)]
    // surnames after the full name, homonyms, first names
    [InlineData("Elon Musk et Musk, puis M. Musk.", "elon-musk", 3)]
    [InlineData("Justine Musk et Kimbal Musk.", "elon-musk", 0)]
    [InlineData("Elon Musk parle. Elon sourit.", "elon-musk", 2)]
    [InlineData("Elon sourit.", "elon-musk", 0)]
    [InlineData("X d’Elon Musk.", "elon-musk", 1)]
    // names containing the actor's name as a word
    [InlineData("Microsoft AI et Microsoft 365 Copilot.", "microsoft", 2)]
    [InlineData("Meta AI et Meta Platforms, pas meta.ai.", "meta", 2)]
    [InlineData("Google DeepMind, mais pas DeepMind seul.", "google", 1)]
    // elided and possessive forms
    [InlineData("l’OpenAI de Sam Altman, d'OpenAI, qu’OpenAI.", "openai", 3)]
    [InlineData("https://openai.com et openai.com/blog.", "openai", 0)]
    // epithets are not mentions, but a name inside one is
    [InlineData("Le patron de SoftBank.", "softbank", 1)]
    [InlineData("Le patron de SoftBank.", "masayoshi-son", 0)]
    [InlineData("La firme de Redmond.", "microsoft", 0)]
    public void CountsLiteralMentions(string text, string slug, int expected)
    {
        Assert.Equal(expected, Count(text, slug));
    }
}
