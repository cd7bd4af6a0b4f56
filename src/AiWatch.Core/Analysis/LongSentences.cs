namespace AiWatch.Core.Analysis;

/// <summary>
/// Bounds the length of a sentence before analysis. Several steps cost more than linear time in a sentence's
/// length (every trigger against every mention, every opening guillemet scanning for its closing one), which is
/// harmless at news-sentence lengths and endless on a hostile megabyte without a full stop. A run longer than
/// <see cref="MaxLength"/> characters without a sentence end is cut at a space, replaced by a line break: the
/// text keeps its length, so every offset still points into the original text.
/// </summary>
public static class LongSentences
{
    /// <summary>Longest run analysed as one sentence; French news sentences stay far below (a few hundred characters).</summary>
    public const int MaxLength = 1_000;

    public static string Bound(string text)
    {
        char[]? copy = null;
        var runStart = 0;
        var lastSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '.' or '!' or '?')
            {
                runStart = i + 1;
                lastSpace = -1;
                continue;
            }
            if (c == ' ')
            {
                lastSpace = i;
            }
            if (i - runStart < MaxLength)
            {
                continue;
            }
            // No space in the whole run: cut right here (only a hostile text has a thousand characters without one).
            var cut = lastSpace > runStart ? lastSpace : i;
            copy ??= text.ToCharArray();
            copy[cut] = '\n';
            runStart = cut + 1;
            lastSpace = -1;
        }
        return copy is null ? text : new string(copy);
    }
}
