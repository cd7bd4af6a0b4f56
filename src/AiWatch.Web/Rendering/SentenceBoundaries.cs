namespace AiWatch.Web.Rendering;

/// <summary>
/// Splits text into sentences: a line break ends one, and so does . ! ? or … followed by a space,
/// unless the dot closes an initial or a title ("M. Musk", "J. Smith").
/// </summary>
public static class SentenceBoundaries
{
    private const string Terminators = ".!?…";
    // Closing marks that belong to the sentence they end: « Il faut agir. » then the next sentence.
    private const string Closers = "»”\")’'";

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Add(spans, text, start, i);
                start = i + 1;
            }
            else if (Terminators.Contains(text[i]) && !IsInitial(text, i))
            {
                var end = ClosingEnd(text, i + 1);
                if (end == text.Length || char.IsWhiteSpace(text[end]))
                {
                    Add(spans, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>
    /// Where a sentence ending at <paramref name="at"/> really stops: after further terminators ("?!") and closing
    /// marks, including a French closing guillemet set off by a (non-breaking) space ("agir. »").
    /// </summary>
    private static int ClosingEnd(string text, int at)
    {
        while (true)
        {
            var next = at;
            while (next < text.Length && text[next] is ' ' or '\u00A0' or '\u202F')
            {
                next++;
            }
            var closes = next < text.Length && (next == at
                ? Closers.Contains(text[next]) || Terminators.Contains(text[next])
                : text[next] == '»');
            if (closes)
            {
                at = next + 1;
                continue;
            }
            return at;
        }
    }

    /// <summary>A dot right after a lone capital ("M.", "J.") abbreviates a name and does not end the sentence.</summary>
    private static bool IsInitial(string text, int i) =>
        text[i] == '.' && i >= 1 && char.IsUpper(text[i - 1]) && (i == 1 || !char.IsLetter(text[i - 2]));

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }
}
