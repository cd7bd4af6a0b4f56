namespace AiWatch.Web.Rendering;

/// <summary>A stretch of an article's text, by character offsets.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Sentence boundaries of an article's text and the number of the sentence holding any offset in it.
/// Numbers are 0-based, like the analyser's sentence indexes, so "#sentence-0" is the first sentence.
/// </summary>
public sealed class Sentences
{
    private readonly int[] starts;

    private Sentences(IReadOnlyList<TextSpan> spans)
    {
        Spans = spans;
        starts = spans.Select(s => s.Start).ToArray();
    }

    public IReadOnlyList<TextSpan> Spans { get; }

    public static Sentences Of(string text) => new(SentenceBoundaries.Split(text));

    /// <summary>Number of the sentence holding <paramref name="offset"/> (the one before it when it falls between two); 0 when there are none.</summary>
    public int NumberAt(int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return Math.Max(index, 0);
    }
}
