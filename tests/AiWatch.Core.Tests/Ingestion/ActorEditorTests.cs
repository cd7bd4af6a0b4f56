using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class ActorEditorTests
{
    [Theory]
    [InlineData("Élisabeth Borne", "elisabeth-borne")]
    [InlineData("  Clément   Delangue ", "clement-delangue")]
    [InlineData("L’Oréal", "l-oreal")]
    [InlineData("Mistral AI", "mistral-ai")]
    [InlineData("Ça & Là, Œuvre", "ca-la-oeuvre")]
    [InlineData("xAI (Grok)", "xai-grok")]
    [InlineData("!!!", "")]
    public void The_slug_is_the_name_lowercased_with_accents_folded_and_hyphens(string name, string slug)
    {
        Assert.Equal(slug, ActorEditor.SlugOf(name));
    }
}
