using AiWatch.Core.Extraction;
using AiWatch.Core.Extraction.Lines;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Line-level furniture rules shared by HTML and text extraction, and the plain-text extractor's block rules.</summary>
public sealed class ArticleLinesTests
{
    private const string Prose = "Le projet de datacenters d’OpenAI donne de plus en plus le tournis. Les investisseurs s’interrogent sur la rentabilité de ces chantiers gigantesques, lancés à un rythme inédit.";

    [Fact]
    public void An_end_marker_cuts_the_teasers_that_follow()
    {
        var cleaned = ArticleLines.Clean([Prose, Prose, "Sur le même thème", "OpenAI, la course aux puces", "28 octobre 2024"], null);
        Assert.Equal([Prose, Prose], cleaned.Lines);
    }

    [Fact]
    public void A_company_boilerplate_block_after_the_body_is_cut_through_to_the_end()
    {
        var cleaned = ArticleLines.Clean([Prose, Prose, "À propos de SoftBank Group", "SoftBank Group Corp. est une société holding d’investissement fondée en 1981 par Masayoshi Son, active dans les télécommunications, l’internet et l’intelligence artificielle. Elle détient Arm."], null);
        Assert.Equal([Prose, Prose], cleaned.Lines);
    }

    [Fact]
    public void An_end_marker_with_the_body_still_to_come_only_loses_its_line()
    {
        var cleaned = ArticleLines.Clean([Prose, "Sur le même thème", Prose, Prose], null);
        Assert.Equal([Prose, Prose, Prose], cleaned.Lines);
    }

    [Fact]
    public void Byline_and_date_lines_are_read_then_dropped()
    {
        var cleaned = ArticleLines.Clean(["Publié le 23 novembre 2024 à 10:31", "Par Mathis Ferrut | Journaliste", Prose], null);
        Assert.Equal([Prose], cleaned.Lines);
        Assert.Equal("Mathis Ferrut", cleaned.Author);
        Assert.Equal(new DateOnly(2024, 11, 23), cleaned.Published);
    }

    [Theory]
    [InlineData("Publié le 3 octobre 2025 à 14h12 par Jean Dupont")]
    [InlineData("Par Jean Dupont, le 3 octobre 2025 à 14h12")]
    [InlineData("Jean Dupont – Publié le 3 octobre 2025 par Jean Dupont")]
    [InlineData("Par Jean Dupont | Publié le 3 octobre 2025 à 14h12 | Mis à jour le 04/10/2025")]
    // The first publication dates the article, even written after the update.
    [InlineData("Par Jean Dupont – Mis à jour le 4 octobre 2025 à 08:12 Publié le 3 octobre 2025 à 14:12")]
    public void A_line_with_both_byline_and_date_gives_both(string line)
    {
        var cleaned = ArticleLines.Clean([line, Prose], null);
        Assert.Equal([Prose], cleaned.Lines);
        Assert.Equal("Jean Dupont", cleaned.Author);
        Assert.Equal(new DateOnly(2025, 10, 3), cleaned.Published);
    }

    [Fact]
    public void A_sentence_mentioning_a_publication_is_text()
    {
        const string sentence = "Le rapport, publié le 3 mars 2025, montre que la demande de calcul a doublé en un an.";
        var cleaned = ArticleLines.Clean([sentence], null);
        Assert.Equal([sentence], cleaned.Lines);
        Assert.Null(cleaned.Published);
    }

    [Fact]
    public void The_update_date_stands_in_only_when_no_publication_date_is_given()
    {
        Assert.Equal(new DateOnly(2025, 10, 2), ArticleLines.Clean(["Mis à jour le 2 octobre 2025", Prose], null).Published);
        Assert.Equal(new DateOnly(2025, 10, 1), ArticleLines.Clean(["Mis à jour le 2 octobre 2025", "Publié le 1er octobre 2025", Prose], null).Published);
    }

    [Fact]
    public void The_headline_line_is_not_text_and_text_keeps_its_typography()
    {
        var cleaned = ArticleLines.Clean(["Nvidia investit dans OpenAI", "L’argent   sera versé « par tranches »."], "Nvidia investit dans OpenAI");
        Assert.Equal(["L’argent sera versé « par tranches »."], cleaned.Lines);
    }

    [Fact]
    public void Text_copy_drops_the_bio_under_a_top_byline_and_reads_the_date()
    {
        var article = TextArticleExtractor.Extract(
            "Tech\nOpenAI lève 40 milliards de dollars\nPar Claire Dupont | Journaliste\nPassionnée de technologie, elle couvre l’IA depuis 2018.\nlundi 31 mars 2025\n" + Prose,
            null);
        Assert.Equal("OpenAI lève 40 milliards de dollars", article.Title);
        Assert.Equal("Claire Dupont", article.Author);
        Assert.Equal(new DateOnly(2025, 3, 31), article.Published);
        Assert.Equal(Prose, article.Text);
    }

    [Fact]
    public void Text_copy_ends_at_a_late_house_byline_and_finds_the_author_in_its_bios()
    {
        var article = TextArticleExtractor.Extract(
            $"Titre de la lettre\n{Prose}\n{Prose}\nQant: Révolution cognitive\nQant: Révolution cognitive\nPar QANT: IA et Technologies Émergentes\nJean Rognetta\nBinational franco-italien, économiste de formation, Jean devient journaliste au milieu des années 1990, après l’édition.",
            null);
        Assert.Equal($"{Prose}\n{Prose}", article.Text);
        Assert.Equal("Jean Rognetta", article.Author);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Text_copy_reads_a_bare_name_next_to_the_dateline_as_the_author()
    {
        var article = TextArticleExtractor.Extract($"Mistral AI lève 1,7 milliard d'euros\nPierre Berge-Cia\nLe 09/09/2025 à 10:20\n{Prose}", null);
        Assert.Equal("Pierre Berge-Cia", article.Author);
        Assert.Equal(new DateOnly(2025, 9, 9), article.Published);
        Assert.Equal(Prose, article.Text);
    }

    [Fact]
    public void Text_copy_byline_over_the_dateline_gives_the_bare_name()
    {
        var article = TextArticleExtractor.Extract($"Titre de l'article\nPar Alexandre Piquard\nPublié le 5 mars 2025 à 18h02\n{Prose}", null);
        Assert.Equal("Alexandre Piquard", article.Author);
        Assert.Equal(new DateOnly(2025, 3, 5), article.Published);
        Assert.Equal(Prose, article.Text);
    }

    [Fact]
    public void A_closing_author_bio_after_the_body_is_dropped()
    {
        const string bio = "Hélène Marchand est professeure d’économie à l’université Paris-Dauphine, autrice de « La Bulle » (Seuil, 2024).";
        Assert.Equal([Prose, Prose], ArticleLines.Clean([Prose, Prose, bio], null).Lines);
        Assert.Equal([bio], ArticleLines.Clean([bio], null).Lines);
    }

    [Fact]
    public void Text_copy_signed_at_the_end_gives_its_author()
    {
        var article = TextArticleExtractor.Extract($"Titre de l'article\n{Prose}\n{Prose}\nPar Jean Dupont", null);
        Assert.Equal("Jean Dupont", article.Author);
        Assert.Equal($"{Prose}\n{Prose}", article.Text);
    }

    [Theory]
    [InlineData("OpenAI a présenté jeudi son nouveau modèle, qui sera disponible dans ChatGPT dès la semaine prochaine…")]
    [InlineData("Publié le 3 mars 2025\nOpenAI a présenté jeudi son nouveau modèle…")]
    public void Text_copy_of_a_single_line_keeps_it_as_text(string content)
    {
        var article = TextArticleExtractor.Extract(content, null);
        Assert.Equal(content.Split('\n')[^1], article.Text);
    }

    [Fact]
    public void Text_copy_of_a_lone_headline_has_no_text()
    {
        var article = TextArticleExtractor.Extract("Elon Musk contre OpenAI : le procès", null);
        Assert.Equal("Elon Musk contre OpenAI : le procès", article.Title);
        Assert.Equal("", article.Text);
    }

    [Fact]
    public void Text_copy_opening_with_a_box_label_has_no_title()
    {
        var article = TextArticleExtractor.Extract($"Points Clés\n- Premier point.\n{Prose}", null);
        Assert.Null(article.Title);
        Assert.Equal($"Points Clés\n- Premier point.\n{Prose}", article.Text);
    }

    [Fact]
    public void A_historical_date_in_the_body_is_not_the_publication_date()
    {
        var article = TextArticleExtractor.Extract($"Titre\nLe 11 septembre 2001, tout a changé pour la Silicon Valley.\n{Prose}", null);
        Assert.Null(article.Published);
    }
}
