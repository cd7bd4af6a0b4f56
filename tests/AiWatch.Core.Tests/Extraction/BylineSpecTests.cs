using System.Text.RegularExpressions;
using AiWatch.Core.Extraction.Lines;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Bylines, author bios and name lines against Specs/Bylines.json.</summary>
public sealed class BylineSpecTests
{
    [Theory]
    [SpecData("Bylines.json", "Bylines", "Input", "Author")]
    public void Reads_byline(string input, string? author) => Assert.Equal(author, Bylines.ParseByline(input));

    [Theory]
    [InlineData("Par Mathis Ferrut | Journaliste", true)]
    [InlineData("Par QANT: IA et Technologies Émergentes", true)]
    [InlineData("By Jane Doe", true)]
    [InlineData("Par le passé, lorsque Elon Musk siégeait encore au conseil", false)]
    [InlineData("Parallèlement, OpenAI a annoncé un nouveau modèle.", false)]
    public void Recognises_unnamed_bylines(string input, bool expected) => Assert.Equal(expected, Bylines.LooksLikeByline(input));

    [Theory]
    [SpecData("Bylines.json", "Bios", "Input", "IsBio")]
    public void Recognises_bio_openings(string input, bool isBio) => Assert.Equal(isBio, Bylines.IsBioOpening(input));

    [Theory]
    [SpecData("Bylines.json", "NameLines", "Input", "IsName")]
    public void Recognises_name_lines(string input, bool isName) => Assert.Equal(isName, Bylines.IsNameLine(input));

    [Theory]
    [SpecData("Bylines.json", "ClosingBios", "Input", "IsBio")]
    public void Recognises_closing_author_bios(string input, bool isBio) => Assert.Equal(isBio, Bylines.IsClosingBio(input));

    [Fact]
    public void Every_closing_bio_role_has_a_spec_line()
    {
        var bios = SpecFile.Cases("Bylines.json", "ClosingBios")
            .Where(c => c.GetProperty("IsBio").GetBoolean())
            .Select(c => c.GetProperty("Input").GetString()!)
            .ToList();
        Assert.Empty(ExtractionLexicon.ClosingBioRoles.Where(r => !bios.Any(b => Regex.IsMatch(b, $@" (?:est|sont) {Regex.Escape(r)}(?!\p{{L}})"))).ToList());
    }

    [Fact]
    public void Every_prefix_opener_and_non_name_has_a_spec_line()
    {
        var bylines = SpecFile.Inputs("Bylines.json", "Bylines");
        var bios = SpecFile.Inputs("Bylines.json", "Bios");
        var names = SpecFile.Inputs("Bylines.json", "NameLines").Select(n => n.Replace('’', '\'')).ToList();
        Assert.Empty(ExtractionLexicon.BylinePrefixes.Where(p => !bylines.Any(b => Opens(b, p) && Bylines.ParseByline(b) is not null)).ToList());
        Assert.Empty(ExtractionLexicon.BioOpeners.Where(o => !bios.Any(b => Opens(b, o))).ToList());
        Assert.Empty(ExtractionLexicon.NotNames.Where(n => !names.Any(l => l.StartsWith(n.EndsWith('\'') ? n : n + " ", StringComparison.OrdinalIgnoreCase))).ToList());
    }

    [Theory]
    [InlineData("Jean Rognetta", "Binational franco-italien, économiste de formation, Jean devient journaliste au milieu des années 1990, après avoir fait ses premiers pas dans l’édition.", true)]
    [InlineData("Jean Rognetta", "…sera ravi de recueillir vos commentaires.", false)]
    [InlineData("Le Rôle Central de Microsoft", "Microsoft a investi des milliards dans OpenAI et intégré ses technologies dans sa suite de produits, créant une valeur substantielle.", false)]
    public void Recognises_the_bio_of_a_name(string name, string paragraph, bool expected) =>
        Assert.Equal(expected, Bylines.IsBioOf(name, paragraph));

    private static bool Opens(string text, string prefix) =>
        Regex.IsMatch(text, $@"^{Regex.Escape(prefix)}(?!\p{{L}})", RegexOptions.IgnoreCase);
}
