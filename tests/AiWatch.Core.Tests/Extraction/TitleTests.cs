using AiWatch.Core.Extraction.Html;
using AiWatch.Core.Extraction.Lines;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Headline clean-up of HTML titles and headline detection of text copies.</summary>
public sealed class TitleTests
{
    [Theory]
    [InlineData("Nvidia investit 100 milliards dans OpenAI - Le Monde", null, "Nvidia investit 100 milliards dans OpenAI")]
    [InlineData("Nvidia investit 100 milliards dans OpenAI | Les Echos", null, "Nvidia investit 100 milliards dans OpenAI")]
    [InlineData("Mistral AI lève 1,7 milliard – Économie – Le Figaro", null, "Mistral AI lève 1,7 milliard")]
    [InlineData("Le Monde | Nvidia investit 100 milliards dans OpenAI", "Le Monde", "Nvidia investit 100 milliards dans OpenAI")]
    [InlineData("Nvidia investit dans OpenAI — Journal Du Numérique Et De La Tech", "Journal du numérique et de la tech", "Nvidia investit dans OpenAI")]
    [InlineData("Elon Musk : « OpenAI m'a trahi »", null, "Elon Musk : « OpenAI m'a trahi »")]
    [InlineData("Pourquoi la bulle de l'IA - ou pas - inquiète les marchés", null, "Pourquoi la bulle de l'IA - ou pas - inquiète les marchés")]
    [InlineData("Stargate - Le Monde", null, "Stargate - Le Monde")]
    [InlineData("  Titre   avec\n espaces  ", null, "Titre avec espaces")]
    [InlineData("   ", null, null)]
    public void Removes_the_site_suffix(string title, string? siteName, string? expected) =>
        Assert.Equal(expected, TitleCleaner.Clean(title, siteName));

    [Theory]
    [InlineData(new[] { "Tech", "Elon Musk s’en prend aux créateurs de ChatGPT", "Publié le 23 novembre 2024" }, "Elon Musk s’en prend aux créateurs de ChatGPT", 2)]
    [InlineData(new[] { "Points Clés", "- Elon Musk réclamerait jusqu'à 134 milliards de dollars." }, null, 0)]
    [InlineData(new[] { "Comment l'IA créera de nouveaux médias", "CETTE SEMAINE DANS L'IA ET LA TECH • …" }, "Comment l'IA créera de nouveaux médias", 1)]
    [InlineData(new[] { "Stargate", "Le projet de datacenters d’OpenAI donne de plus en plus le tournis." }, "Stargate", 1)]
    [InlineData(new[] { "Accueil » Tech » IA", "Mistral AI lève 1,7 milliard d'euros", "Texte." }, "Mistral AI lève 1,7 milliard d'euros", 2)]
    [InlineData(new[] { "OpenAI a présenté jeudi GPT-5, le modèle qui équipe désormais ChatGPT pour ses 700 millions d’utilisateurs hebdomadaires. Sam Altman l’a décrit comme un expert de niveau doctorat. La concurrence reste vive : Google, Anthropic et xAI ont tous présenté des modèles comparables.", "Suite." }, null, 0)]
    [InlineData(new string[0], null, 0)]
    public void Finds_the_headline_of_a_text_copy(string[] lines, string? title, int bodyStart) =>
        Assert.Equal((title, bodyStart), TextTitle.Find(lines));
}
