using AiWatch.Core.Extraction;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Main-content choices on small pages: what joins the article and what is dropped as furniture.</summary>
public sealed class HtmlContentTests
{
    private const string P1 = "L'accord, annoncé lundi, est le plus important jamais conclu entre un fabricant de puces et un développeur d'intelligence artificielle, selon les analystes.";
    private const string P2 = "Selon les deux entreprises, l'argent sera versé par tranches, chaque fois qu'un gigawatt de capacité entrera en service, à partir de 2026.";
    private const string P3 = "Reste la question de l'énergie : chaque gigawatt représente la consommation d'une ville, et les réseaux électriques sont déjà sous tension.";

    private static string Text(string body) => HtmlArticleExtractor.Extract($"<html lang=\"fr\"><body>{body}</body></html>", null).Text;

    [Fact]
    public void A_body_split_by_ad_slots_is_read_whole()
    {
        var text = Text($"""
            <div class="chunks">
              <div class="grid"><div class="body"><p>{P1}</p></div><div class="rail"><a href="/x">Pub</a></div></div>
              <div class="grid"><div class="body"><p>{P2}</p></div><div class="rail"><a href="/y">Pub</a></div></div>
              <div class="grid"><div class="body"><p>{P3}</p></div></div>
            </div>
            <div class="footer-links"><a href="/a">Mentions légales</a> <a href="/b">Contact</a></div>
            """);
        Assert.Equal($"{P1}\n{P2}\n{P3}", text);
    }

    [Fact]
    public void Newsletter_and_donation_boxes_without_class_names_are_dropped_but_a_paragraph_on_donations_stays()
    {
        var donation = "La fondation a reçu plus de dix millions d'euros : chaque salarié pouvait faire un don à l'association de son choix.";
        var text = Text($$"""
            <article>
              <p>{{P1}}</p>
              <div class="encart"><p>Newsletter</p><p>« La Matinale »</p><p>Chaque matin, l’essentiel de l’actualité.</p><p>S’inscrire</p></div>
              <p>{{P2}}</p>
              <div>{{donation}}</div>
              <p>{{P3}}</p>
              <div class="y"><p>Cet article vous a plu ? Soutenez notre rédaction indépendante.</p><p>Je fais un don</p></div>
            </article>
            """);
        Assert.Equal($"{P1}\n{P2}\n{donation}\n{P3}", text);
    }

    [Fact]
    public void Hidden_elements_captions_and_link_lists_are_dropped()
    {
        var text = Text($"""
            <article>
              <p>{P1}</p>
              <div style="display: none"><p>Texte caché qui ne doit jamais apparaître dans l'article extrait.</p></div>
              <figure><img src="a.jpg"><figcaption>Jensen Huang à Taipei. © Reuters</figcaption></figure>
              <p>{P2}</p>
              <ul><li><a href="/1">OpenAI, la course aux puces</a></li><li><a href="/2">Oracle, l'autre gagnant</a></li></ul>
              <p><a href="/3">Stargate, le pari à 500 milliards de Sam Altman</a></p>
              <p>{P3}</p>
            </article>
            """);
        Assert.Equal($"{P1}\n{P2}\n{P3}", text);
    }

    [Fact]
    public void Headings_list_items_and_quotes_get_their_own_lines()
    {
        var text = Text($"""
            <article>
              <p>{P1}</p>
              <h2>Une dépendance réciproque</h2>
              <p>{P2}<br>Deuxième ligne du même paragraphe, après un saut de ligne.</p>
              <ul><li>10 gigawatts de capacité ;</li><li>4 à 5 millions de processeurs.</li></ul>
              <blockquote>« La demande dépasse tout ce que nous avions imaginé », a dit Sam Altman.</blockquote>
              <p>{P3}</p>
            </article>
            """);
        Assert.Equal(
            $"{P1}\nUne dépendance réciproque\n{P2}\nDeuxième ligne du même paragraphe, après un saut de ligne.\n10 gigawatts de capacité ;\n4 à 5 millions de processeurs.\n« La demande dépasse tout ce que nous avions imaginé », a dit Sam Altman.\n{P3}",
            text);
    }

    [Fact]
    public void An_embedded_tweet_quoted_by_the_article_is_kept()
    {
        var text = Text($"""
            <article>
              <p>{P1}</p>
              <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Nous construisons le plus grand centre de calcul du monde.</p>— Sam Altman (@sama)</blockquote></div>
              <p>{P2}</p>
              <div class="social-share"><a href="#">Partager sur Facebook</a></div>
              <p>{P3}</p>
            </article>
            """);
        Assert.Contains("Nous construisons le plus grand centre de calcul du monde.", text);
        Assert.DoesNotContain("Partager", text);
    }

    [Fact]
    public void A_page_without_paragraphs_falls_back_to_its_text()
    {
        Assert.Equal("Un paragraphe sur Nvidia.", Text("<h1>Titre</h1><div>Un paragraphe sur Nvidia.</div>"));
        Assert.Equal("", Text(""));
    }
}
