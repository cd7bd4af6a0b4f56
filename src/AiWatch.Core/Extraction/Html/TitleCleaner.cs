using System.Text.RegularExpressions;

namespace AiWatch.Core.Extraction.Html;

/// <summary>Removes the site name that &lt;title&gt; (and often og:title) carries: "Titre - Le Monde", "Titre | Site".</summary>
public static class TitleCleaner
{
    // " | ", " - ", " – ", " — ", " · ", " • ", " :: ", " » ": a colon alone is not one, French headlines use " : ".
    private static readonly Regex Separator = new(@"\s+(?:\||-|–|—|·|•|::|»|/)\s+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string? Clean(string? title, string? siteName = null)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var text = Regex.Replace(title, @"\s+", " ").Trim();
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            text = RemoveSiteName(text, siteName.Trim());
        }
        for (var i = 0; i < 2; i++)
        {
            var cut = CutShortTail(text);
            if (cut == text)
            {
                break;
            }
            text = cut;
        }
        return text.Length == 0 ? null : text;
    }

    private static string RemoveSiteName(string text, string siteName)
    {
        foreach (Match separator in Separator.Matches(text))
        {
            var head = text[..separator.Index];
            var tail = text[(separator.Index + separator.Length)..];
            if (string.Equals(tail, siteName, StringComparison.OrdinalIgnoreCase) && head.Length > 0)
            {
                return head;
            }
            if (string.Equals(head, siteName, StringComparison.OrdinalIgnoreCase) && tail.Length > 0)
            {
                return tail;
            }
        }
        return text;
    }

    // The last segment goes when it reads like a name (short, capitalised: "Le Monde", "Économie") and the rest
    // still reads as a headline; "… - ou pas - inquiète les marchés" keeps its lower-case tail.
    private static string CutShortTail(string text)
    {
        var matches = Separator.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }
        var last = matches[^1];
        var head = text[..last.Index].Trim();
        var tail = text[(last.Index + last.Length)..].Trim();
        var isName = tail.Length is > 0 and <= 40 && WordCount(tail) <= 4 && (char.IsUpper(tail[0]) || char.IsDigit(tail[0]));
        return isName && WordCount(head) >= 3 ? head : text;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
