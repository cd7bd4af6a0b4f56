using System.Globalization;
using System.Text;

namespace AiWatch.Web.Pages.Shared;

/// <summary>
/// What a page echoes back from its query string, and what the search gets to see. Control characters are dropped:
/// no word or slug contains one, and HTML cannot carry them (a NUL comes out as the invalid "&amp;#x0;"). So are
/// lone surrogates and Unicode noncharacters (U+FFFE, U+FDD0…): no text holds them, and Unicode normalisation, which
/// the search applies to its terms, throws on them.
/// </summary>
public static class QueryText
{
    public static string Clean(string? raw)
    {
        if (raw is null)
        {
            return "";
        }
        var clean = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i += char.IsSurrogatePair(raw, i) ? 2 : 1)
        {
            if (char.IsSurrogate(raw[i]) && !char.IsSurrogatePair(raw, i))
            {
                continue;
            }
            var rune = Rune.GetRuneAt(raw, i);
            if (!IsNoncharacter(rune.Value) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Control)
            {
                clean.Append(rune.ToString());
            }
        }
        return clean.ToString().Trim();
    }

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+1FFFF…).</summary>
    private static bool IsNoncharacter(int value) => value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;
}
