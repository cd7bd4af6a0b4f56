using System.Globalization;
using System.Text;

namespace AiWatch.Core.Generation;

/// <summary>
/// What a page says about its article besides the text: outlet, author, URL, the related links of its furniture,
/// and which metadata it carries (sites differ: some have Open Graph, some JSON-LD, some only a visible dateline).
/// </summary>
public sealed record PageFacts(
    Outlet Outlet,
    string Author,
    string AuthorRole,
    string Url,
    IReadOnlyList<string> Related,
    int Layout,
    bool OpenGraph,
    bool PublishedTimeMeta,
    bool JsonLd)
{
    /// <summary>Page layouts <see cref="HtmlPage"/> knows.</summary>
    public const int Layouts = 3;

    public static PageFacts Draw(Random random, GeneratorData data, Cast cast, string title, int index)
    {
        var outlet = random.Pick(data.People.Outlets);
        var author = $"{random.Pick(data.People.JournalistFirstNames)} {random.Pick(data.People.LastNames)}";
        var date = cast.Published;
        var url = string.Create(CultureInfo.InvariantCulture,
            $"https://www.{outlet.Domain}/{Slug(outlet.Rubric)}/{date.Year}/{date.Month:00}/{date.Day:00}/{Slug(title)}_{index}.html");
        return new PageFacts(
            outlet,
            author,
            random.Pick(data.People.JournalistRoles),
            url,
            random.Shuffled(data.Page.RelatedTitles).Take(4).ToList(),
            random.Next(Layouts),
            random.Next(10) < 7,
            random.Next(2) == 0,
            random.Next(10) < 4);
    }

    /// <summary>"L’IA, un marché" → "l-ia-un-marche": lower-case ASCII words joined by hyphens, at most 80 characters.</summary>
    public static string Slug(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        return result.Length <= 80 ? result : result[..80].TrimEnd('-');
    }
}
