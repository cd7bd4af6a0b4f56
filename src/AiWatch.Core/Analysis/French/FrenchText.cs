using System.Globalization;
using System.Text;

namespace AiWatch.Core.Analysis.French;

/// <summary>
/// A matching view of an article's text: accents removed, apostrophes unified to ', every kind of
/// (no-break, narrow no-break, thin) space turned into a plain space, combining marks dropped.
/// Case is kept (casing tells Oracle from oracle). Offsets map back to the original text, so every
/// match found in <see cref="Value"/> can be reported against the text the caller passed in.
/// </summary>
public sealed class FoldedText
{
    private readonly int[]? map;

    private FoldedText(string original, string value, int[]? map)
    {
        Original = original;
        Value = value;
        this.map = map;
    }

    public string Original { get; }

    /// <summary>The folded text; identical in length to <see cref="Original"/> unless it had combining marks.</summary>
    public string Value { get; }

    public static FoldedText Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        List<int>? map = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // NFD input ("e" + U+0301): the mark is dropped so "Élisabeth" and "E\u0301lisabeth" fold alike.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                map ??= Enumerable.Range(0, builder.Length).ToList();
                continue;
            }
            map?.Add(i);
            builder.Append(FrenchText.FoldChar(c));
        }
        return new FoldedText(text, builder.ToString(), map?.ToArray());
    }

    /// <summary>Original offset of the folded character at <paramref name="index"/> (the text end maps to the text end).</summary>
    public int ToOriginal(int index) =>
        map is null ? index : index >= map.Length ? Original.Length : map[index];

    /// <summary>Original span covering folded [start, start+length), trailing combining marks included.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (map is null)
        {
            return (start, length);
        }
        var from = ToOriginal(start);
        var to = ToOriginal(start + length);
        return (from, to - from);
    }

    /// <summary>Folded offset of an original offset (first folded character at or after it).</summary>
    public int FromOriginal(int index)
    {
        if (map is null)
        {
            return index;
        }
        var at = Array.BinarySearch(map, index);
        return at >= 0 ? at : ~at;
    }
}

/// <summary>Character-level helpers for French text.</summary>
public static class FrenchText
{
    private static readonly char[] Table = BuildTable();

    /// <summary>One character folded: accents off, apostrophes to ', spaces to ' ', non-breaking hyphen to '-'.</summary>
    public static char FoldChar(char c) => Table[c];

    /// <summary>A string folded the same way as <see cref="FoldedText"/> (for lexicon entries and aliases).</summary>
    public static string Fold(string s) => FoldedText.Of(s.Normalize(NormalizationForm.FormC)).Value;

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Quote characters that open a quotation.</summary>
    public static bool IsOpeningQuote(char c) => c is '«' or '“' or '„';

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Compute((char)i);
        }
        return table;
    }

    private static char Compute(char c)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '`' or '\u201B':
                return '\'';
            case '\u2010' or '\u2011':
                return '-';
            case '\n' or '\r':
                return c;
        }
        if (c < 128)
        {
            return c;
        }
        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }
        if (!char.IsLetter(c) || char.IsSurrogate(c))
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark)
            ? decomposed[0]
            : c;
    }
}
