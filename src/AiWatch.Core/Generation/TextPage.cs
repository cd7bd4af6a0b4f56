namespace AiWatch.Core.Generation;

/// <summary>
/// Renders an article as a plain-text copy of a page, the way the seeds are stored: rubric, headline, dateline,
/// byline (at the top, or as a signature with a bio at the end), the paragraphs with an ad line and a "Lire aussi"
/// promo among them, and a trailing "Sur le même sujet" list.
/// </summary>
public static class TextPage
{
    public static string Render(Story story, Cast cast, PageFacts page, Random random, PageData furniture)
    {
        var lines = new List<string>();
        if (random.Next(2) == 0)
        {
            lines.Add(page.Outlet.Rubric);
        }
        lines.Add(story.Title);
        lines.Add(FrenchDates.Dateline(cast.Published, cast.Time, colon: random.Next(2) == 0));
        var signed = random.Next(10) < 3;
        if (!signed)
        {
            lines.Add($"{furniture.Byline.Replace("{name}", page.Author)} | {page.AuthorRole}");
        }
        lines.Add("");
        var readAlso = Math.Max(2, story.Paragraphs.Count / 2);
        for (var i = 0; i < story.Paragraphs.Count; i++)
        {
            if (i == 2)
            {
                lines.Add(furniture.AdLine);
                lines.Add("");
            }
            if (i == readAlso)
            {
                lines.Add(random.Next(2) == 0 ? $">> {page.Related[0]} <<" : $"{random.Pick(furniture.ReadAlsoLabels)} : {page.Related[0]}");
                lines.Add("");
            }
            lines.Add(story.Paragraphs[i]);
            lines.Add("");
        }
        if (signed)
        {
            lines.Add(furniture.Byline.Replace("{name}", page.Author));
            lines.Add(random.Pick(furniture.BioTemplates).Replace("{name}", page.Author));
            lines.Add("");
        }
        lines.Add(furniture.RelatedHeadings[random.Next(2)]);
        lines.AddRange(page.Related.Skip(1));
        return string.Join('\n', lines) + "\n";
    }
}
