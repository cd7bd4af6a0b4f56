using AiWatch.Core.Analysis;

namespace AiWatch.Web.Rendering;

/// <summary>A stretch of an article's text, by character offsets.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Sentence boundaries of an article's text and the number of the sentence holding any offset in it.
/// The analyser's <see cref="SentenceSplitter"/> cuts them, so the reader's "#sentence-N" is the analyser's
/// sentence index N (0-based) and a fact always lands in the sentence it was found in.
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

    public static Sentences Of(string text) => new(SentenceSplitter.Split(text).Select(s => new TextSpan(s.Start, s.Length)).ToList());

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
