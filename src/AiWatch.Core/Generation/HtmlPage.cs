using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiWatch.Core.Generation;

/// <summary>
/// Renders an article as a full news page: head metadata (Open Graph, article:published_time, JSON-LD on some),
/// navigation, cookie banner, byline and dateline, the body with a "Lire aussi" link, an ad slot and a newsletter
/// box inside it, related links and a footer. Three layouts, from semantic HTML5 to class-named div soup.
/// </summary>
public static class HtmlPage
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(Story story, Cast cast, PageFacts page, Random random, PageData furniture)
    {
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(Escape(story.Title)).Append(random.Next(2) == 0 ? " - " : " | ").Append(Escape(page.Outlet.Name)).Append("</title>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<link rel=\"canonical\" href=\"").Append(page.Url).Append("\">\n");
        if (page.OpenGraph)
        {
            Meta(html, "property", "og:type", "article");
            Meta(html, "property", "og:title", story.Title);
            Meta(html, "property", "og:site_name", page.Outlet.Name);
            Meta(html, "property", "og:url", page.Url);
            Meta(html, "property", "og:description", Teaser(story.Paragraphs[0]));
        }
        if (page.PublishedTimeMeta)
        {
            Meta(html, "property", "article:published_time", Timestamp(cast));
            Meta(html, "name", "author", page.Author);
        }
        if (page.JsonLd)
        {
            html.Append("<script type=\"application/ld+json\">").Append(JsonLd(story, cast, page)).Append("</script>\n");
        }
        html.Append("<link rel=\"stylesheet\" href=\"/static/css/main.css\">\n</head>\n<body>\n");
        Header(html, page, furniture);
        if (page.Layout != 2)
        {
            CookieBanner(html, random, furniture);
        }
        switch (page.Layout)
        {
            case 0:
                SemanticArticle(html, story, cast, page, random, furniture);
                break;
            case 1:
                DivArticle(html, story, cast, page, random, furniture);
                break;
            default:
                MicrodataArticle(html, story, cast, page, random, furniture);
                break;
        }
        Related(html, page, furniture);
        Footer(html, page, furniture);
        if (page.Layout == 2)
        {
            CookieBanner(html, random, furniture);
        }
        html.Append("<script src=\"/static/js/app.js\" defer></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void SemanticArticle(StringBuilder html, Story story, Cast cast, PageFacts page, Random random, PageData furniture)
    {
        html.Append("<main id=\"main\">\n<article class=\"article\">\n<header class=\"article-header\">\n");
        html.Append("<p class=\"rubric\"><a href=\"/").Append(PageFacts.Slug(page.Outlet.Rubric)).Append("/\">").Append(Escape(page.Outlet.Rubric)).Append("</a></p>\n");
        html.Append("<h1>").Append(Escape(story.Title)).Append("</h1>\n");
        html.Append("<p class=\"chapo\">").Append(Escape(story.Paragraphs[0])).Append("</p>\n");
        html.Append("<div class=\"byline\">").Append(Escape(Byline(page, furniture)).Replace(Escape(page.Author), $"<a rel=\"author\" href=\"/auteurs/{PageFacts.Slug(page.Author)}\">{Escape(page.Author)}</a>")).Append("</div>\n");
        html.Append("<p class=\"date\"><time datetime=\"").Append(Timestamp(cast)).Append("\">").Append(Escape(FrenchDates.Dateline(cast.Published, cast.Time, colon: false))).Append("</time></p>\n");
        html.Append("</header>\n<div class=\"article-body\">\n");
        Body(html, story, page, random, furniture, first: 1);
        html.Append("</div>\n<div class=\"share-bar\"><span>").Append(Escape(furniture.ShareLabel)).Append("</span>");
        foreach (var network in furniture.ShareNetworks)
        {
            html.Append(" <a href=\"#\">").Append(Escape(network)).Append("</a>");
        }
        html.Append("</div>\n");
        html.Append("</article>\n</main>\n");
    }

    private static void DivArticle(StringBuilder html, Story story, Cast cast, PageFacts page, Random random, PageData furniture)
    {
        html.Append("<div class=\"container\">\n<div class=\"content\">\n<div class=\"post\">\n");
        html.Append("<h1 class=\"post-title\">").Append(Escape(story.Title)).Append("</h1>\n");
        html.Append("<div class=\"post-meta\"><span class=\"author\">").Append(Escape(Byline(page, furniture))).Append("</span> <span class=\"published\">")
            .Append(Escape(FrenchDates.Dateline(cast.Published, cast.Time, colon: true))).Append("</span></div>\n");
        html.Append("<div class=\"post-text\">\n");
        Body(html, story, page, random, furniture, first: 0);
        html.Append("</div>\n</div>\n</div>\n<div class=\"sidebar\"><h3>").Append(Escape(furniture.RelatedHeadings[2])).Append("</h3><ul>");
        foreach (var title in page.Related.Take(2))
        {
            html.Append("<li><a href=\"#\">").Append(Escape(title)).Append("</a></li>");
        }
        html.Append("</ul></div>\n</div>\n");
    }

    private static void MicrodataArticle(StringBuilder html, Story story, Cast cast, PageFacts page, Random random, PageData furniture)
    {
        html.Append("<main>\n<article itemscope itemtype=\"https://schema.org/NewsArticle\">\n");
        html.Append("<h1 itemprop=\"headline\">").Append(Escape(story.Title)).Append("</h1>\n");
        html.Append("<div class=\"infos\"><span itemprop=\"author\">").Append(Escape(page.Author)).Append("</span>, ").Append(Escape(page.AuthorRole))
            .Append(" — <time itemprop=\"datePublished\" datetime=\"").Append(Timestamp(cast)).Append("\">")
            .Append(Escape(FrenchDates.Day(cast.Published))).Append("</time></div>\n");
        html.Append("<div itemprop=\"articleBody\">\n");
        Body(html, story, page, random, furniture, first: 0);
        html.Append("</div>\n</article>\n</main>\n");
    }

    /// <summary>Paragraphs from <paramref name="first"/>, with a "Lire aussi" link, an ad slot and a newsletter box among them.</summary>
    private static void Body(StringBuilder html, Story story, PageFacts page, Random random, PageData furniture, int first)
    {
        var count = story.Paragraphs.Count - first;
        var readAlso = first + Math.Max(1, count / 3);
        var newsletter = first + Math.Max(2, 2 * count / 3);
        var ad = first + 1 + random.Next(Math.Max(1, count - 1));
        for (var i = first; i < story.Paragraphs.Count; i++)
        {
            if (i == readAlso)
            {
                html.Append(random.Next(2) == 0
                    ? $"<p class=\"lire-aussi\"><strong>{Escape(random.Pick(furniture.ReadAlsoLabels))} :</strong> <a href=\"/article/{PageFacts.Slug(page.Related[0])}\">{Escape(page.Related[0])}</a></p>\n"
                    : $"<aside class=\"related-inline\"><span>{Escape(random.Pick(furniture.ReadAlsoLabels))}</span><a href=\"#\">{Escape(page.Related[0])}</a></aside>\n");
            }
            if (i == ad)
            {
                html.Append("<div class=\"ad-slot\" data-ad=\"inread\"><span>").Append(Escape(furniture.AdLine)).Append("</span></div>\n");
            }
            if (i == newsletter)
            {
                var box = random.Pick(furniture.NewsletterBoxes);
                // Half the boxes say what they are in a class name, half only in their words (as many sites do).
                html.Append(random.Next(2) == 0 ? "<div class=\"newsletter-box\">" : "<div class=\"box\">")
                    .Append("<p><strong>").Append(Escape(box.Title)).Append("</strong></p><p>").Append(Escape(box.Pitch))
                    .Append("</p><form action=\"/newsletter\"><input type=\"email\" placeholder=\"").Append(Escape(furniture.EmailPlaceholder)).Append("\"><button>").Append(Escape(box.Button)).Append("</button></form></div>\n");
            }
            html.Append("<p>").Append(Escape(story.Paragraphs[i])).Append("</p>\n");
        }
    }

    private static void Header(StringBuilder html, PageFacts page, PageData furniture)
    {
        html.Append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">").Append(Escape(page.Outlet.Name)).Append("</a>\n<nav class=\"main-menu\"><ul>");
        foreach (var item in furniture.Navigation)
        {
            html.Append("<li><a href=\"/").Append(PageFacts.Slug(item)).Append("/\">").Append(Escape(item)).Append("</a></li>");
        }
        html.Append("</ul></nav>\n</header>\n");
    }

    private static void CookieBanner(StringBuilder html, Random random, PageData furniture)
    {
        html.Append("<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\"><p>").Append(Escape(random.Pick(furniture.CookieBanners))).Append("</p>");
        foreach (var button in furniture.CookieButtons)
        {
            html.Append("<button>").Append(Escape(button)).Append("</button>");
        }
        html.Append("</div>\n");
    }

    private static void Related(StringBuilder html, PageFacts page, PageData furniture)
    {
        html.Append("<section class=\"related-articles\"><h2>").Append(Escape(furniture.RelatedHeadings[0])).Append("</h2><ul>\n");
        foreach (var title in page.Related.Skip(1))
        {
            html.Append("<li><a href=\"/article/").Append(PageFacts.Slug(title)).Append("\">").Append(Escape(title)).Append("</a></li>\n");
        }
        html.Append("</ul></section>\n");
    }

    private static void Footer(StringBuilder html, PageFacts page, PageData furniture)
    {
        html.Append("<footer class=\"site-footer\"><ul>");
        foreach (var link in furniture.FooterLinks)
        {
            html.Append("<li><a href=\"/").Append(PageFacts.Slug(link)).Append("\">").Append(Escape(link)).Append("</a></li>");
        }
        html.Append("</ul><p>© ").Append(Escape(page.Outlet.Name)).Append(" — ").Append(Escape(furniture.Copyright)).Append("</p></footer>\n");
    }

    private static string Byline(PageFacts page, PageData furniture) => furniture.Byline.Replace("{name}", page.Author);

    private static string JsonLd(Story story, Cast cast, PageFacts page) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = story.Title,
        ["datePublished"] = Timestamp(cast),
        ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = page.Author },
        ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = page.Outlet.Name },
        ["mainEntityOfPage"] = page.Url,
    }, JsonOptions);

    /// <summary>ISO 8601 with the Paris offset of winter (sites rarely bother with summer time either).</summary>
    private static string Timestamp(Cast cast) =>
        cast.Published.ToDateTime(cast.Time).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+01:00";

    private static string Teaser(string lead) => lead.Length <= 160 ? lead : lead[..157].TrimEnd() + "…";

    private static void Meta(StringBuilder html, string attribute, string name, string content) =>
        html.Append("<meta ").Append(attribute).Append("=\"").Append(name).Append("\" content=\"").Append(Escape(content)).Append("\">\n");

    /// <summary>Escapes what HTML text and attribute values need; accents stay as UTF-8.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
