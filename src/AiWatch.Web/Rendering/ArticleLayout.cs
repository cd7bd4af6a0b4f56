namespace AiWatch.Web.Rendering;

/// <summary>An actor named at [Start, Start+Length) of the text; <see cref="Epithet"/> when by a description ("le patron de Tesla").</summary>
public sealed record MentionSpan(int Start, int Length, string Slug, string Name, bool Epithet = false);

/// <summary>A run of text; <see cref="ActorSlug"/> is set when it names an actor, <see cref="Epithet"/> when it only describes one.</summary>
public sealed record Segment(string Text, string? ActorSlug = null, string? ActorName = null, bool Epithet = false);

/// <summary>
/// The part of a sentence that lies in one paragraph. <see cref="Id"/> ("sentence-3") is set on the first piece
/// of each sentence only, so anchors stay unique; for text outside any sentence it is null and <see cref="Number"/> is -1.
/// </summary>
public sealed record SentencePiece(int Number, string? Id, IReadOnlyList<Segment> Segments);

public sealed record Paragraph(IReadOnlyList<SentencePiece> Pieces);

/// <summary>Lays an article's text out as paragraphs of sentences, with actor mentions cut out as their own segments.</summary>
public static class ArticleLayout
{
    public static IReadOnlyList<Paragraph> Build(string text, Sentences sentences, IEnumerable<MentionSpan> mentions)
    {
        var ordered = NonOverlapping(mentions, text.Length);
        var anchored = new HashSet<int>();
        var paragraphs = new List<Paragraph>();
        foreach (var line in Lines(text))
        {
            var pieces = new List<SentencePiece>();
            var at = line.Start;
            foreach (var (sentence, number) in sentences.Spans.Select((s, i) => (s, i)))
            {
                var start = Math.Max(sentence.Start, line.Start);
                var end = Math.Min(sentence.End, line.End);
                if (start >= end)
                {
                    continue;
                }
                if (start > at && !string.IsNullOrWhiteSpace(text[at..start]))
                {
                    pieces.Add(new SentencePiece(-1, null, Segments(text, at, start, ordered)));
                }
                var id = anchored.Add(number) ? $"sentence-{number}" : null;
                pieces.Add(new SentencePiece(number, id, Segments(text, start, end, ordered)));
                at = end;
            }
            if (line.End > at && !string.IsNullOrWhiteSpace(text[at..line.End]))
            {
                pieces.Add(new SentencePiece(-1, null, Segments(text, at, line.End, ordered)));
            }
            if (pieces.Count > 0)
            {
                paragraphs.Add(new Paragraph(pieces));
            }
        }
        return paragraphs;
    }

    private static IEnumerable<TextSpan> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (!string.IsNullOrWhiteSpace(text[start..end]))
            {
                yield return new TextSpan(start, end - start);
            }
            start = end + 1;
        }
    }

    /// <summary>In text order; where two overlap ("M. Musk" and "Musk"), the one starting first, then the longer, wins.</summary>
    private static List<MentionSpan> NonOverlapping(IEnumerable<MentionSpan> mentions, int textLength)
    {
        var kept = new List<MentionSpan>();
        var end = 0;
        foreach (var mention in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (mention.Start >= end && mention.Length > 0 && mention.Start + mention.Length <= textLength)
            {
                kept.Add(mention);
                end = mention.Start + mention.Length;
            }
        }
        return kept;
    }

    private static List<Segment> Segments(string text, int start, int end, List<MentionSpan> mentions)
    {
        var segments = new List<Segment>();
        var at = start;
        foreach (var mention in mentions)
        {
            var mentionEnd = mention.Start + mention.Length;
            if (mentionEnd <= start || mention.Start >= end)
            {
                continue;
            }
            var from = Math.Max(mention.Start, start);
            var to = Math.Min(mentionEnd, end);
            if (from > at)
            {
                segments.Add(new Segment(text[at..from]));
            }
            segments.Add(new Segment(text[from..to], mention.Slug, mention.Name, mention.Epithet));
            at = to;
        }
        if (end > at)
        {
            segments.Add(new Segment(text[at..end]));
        }
        return segments;
    }
}
