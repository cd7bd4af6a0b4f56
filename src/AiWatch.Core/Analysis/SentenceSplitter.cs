using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>A sentence of an article: <see cref="Index"/> is its 0-based number (the web reader's #sentence-N).</summary>
public sealed record SentenceSpan(int Index, int Start, int Length, int Paragraph)
{
    public int End => Start + Length;

    public string TextOf(string text) => text.Substring(Start, Length);
}

/// <summary>
/// Splits French text into sentences. Each line is a paragraph, so a newline always ends a sentence.
/// Inside a line a sentence ends at . ! ? … (or a list bullet •) followed by a space and a capital,
/// a digit, a quote or a dash, except after a title abbreviation of the grammar data (M., Mme, Dr, St…) or an initial,
/// and never inside « » / “ ”. Deterministic: the same text always gives the same spans.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        var spans = new List<SentenceSpan>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var before = spans.Count;
            SplitLine(text, lineStart, lineEnd, paragraph, spans);
            if (spans.Count > before)
            {
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, List<SentenceSpan> spans)
    {
        var sentenceStart = start;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (FrenchText.IsOpeningQuote(c))
            {
                depth++;
            }
            else if (c is '»' or '”' && depth > 0)
            {
                depth--;
                // « Nous irons loin. Très loin. » Il sourit.  — the quotation ended its sentence.
                if (depth == 0 && QuoteEndsSentence(text, sentenceStart, i, end))
                {
                    Add(text, sentenceStart, i + 1, paragraph, spans);
                    sentenceStart = i + 1;
                }
                continue;
            }
            if (c == '•')
            {
                Add(text, sentenceStart, i, paragraph, spans);
                sentenceStart = i + 1;
                continue;
            }
            if (depth > 0 || !IsTerminal(c) || !EndsSentence(text, i, end))
            {
                continue;
            }
            var stop = i + 1;
            while (stop < end && (IsTerminal(text[stop]) || text[stop] is '»' or '”' or '"' or ')'))
            {
                stop++;
            }
            Add(text, sentenceStart, stop, paragraph, spans);
            sentenceStart = stop;
            i = stop - 1;
        }
        Add(text, sentenceStart, end, paragraph, spans);
    }

    private static bool QuoteEndsSentence(string text, int sentenceStart, int close, int end)
    {
        var before = close - 1;
        while (before > sentenceStart && char.IsWhiteSpace(text[before]))
        {
            before--;
        }
        return before > sentenceStart && IsTerminal(text[before]) && EndsSentence(text, close, end);
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>Whether the terminal mark at <paramref name="i"/> ends a sentence.</summary>
    private static bool EndsSentence(string text, int i, int end)
    {
        var next = i + 1;
        while (next < end && (IsTerminal(text[next]) || text[next] is '»' or '”' or '"' or ')'))
        {
            next++;
        }
        if (next >= end)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[next]))
        {
            return false; // "97.4", "meta.ai", "2501.AI"
        }
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        if (next >= end)
        {
            return true;
        }
        var first = text[next];
        var startsSentence = char.IsUpper(first) || char.IsDigit(first) || FrenchText.IsOpeningQuote(first)
            || StartsWithMixedCaseName(text, next, end)
            || first is '"' or '—' or '–' or '-' or '•' or '(' or '[';
        return startsSentence && !(text[i] == '.' && IsAbbreviation(text, i));
    }

    /// <summary>"xAI", "iPhone", "eBay": a name written with a lower-case initial.</summary>
    private static bool StartsWithMixedCaseName(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetterOrDigit(text[i]))
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
            i++;
        }
        return false;
    }

    /// <summary>"M. Son", "Mme Borne", "Dr Martin", "Robert Downey Jr. pense", "J. K. Rowling".</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }
        // The data list wins over the initial rule: "mission. M. Musk" must keep "M." with its name.
        if (FrenchLexicon.Instance.Abbreviations.Contains(FrenchText.Fold(word)))
        {
            return true;
        }
        return word.Length == 1 && char.IsUpper(word[0]) && IsInitial(text, wordStart, dot);
    }

    /// <summary>
    /// Whether the capital letter at <paramref name="letter"/> is a name's initial rather than a word ending a sentence.
    /// An initial opens a sentence ("livre. J. R. R. Tolkien"), follows a capitalised name ("Donald J. Trump")
    /// or precedes another initial ("avec J. K. Rowling"); "le plan B. Puis" and "sur X. Le" end a sentence.
    /// </summary>
    private static bool IsInitial(string text, int letter, int dot)
    {
        var previous = letter - 1;
        while (previous >= 0 && text[previous] == ' ')
        {
            previous--;
        }
        if (previous < 0 || text[previous] is '\n' || IsTerminal(text[previous]) || FrenchText.IsOpeningQuote(text[previous])
            || text[previous] is '"' or '—' or '–' or '(')
        {
            return true;
        }
        if (char.IsLetter(text[previous]) && IsCapitalisedWordEnd(text, previous))
        {
            return true;
        }
        var next = dot + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        return next + 1 < text.Length && char.IsUpper(text[next]) && text[next + 1] == '.';
    }

    /// <summary>Whether the word ending at <paramref name="last"/> starts with a capital ("Donald").</summary>
    private static bool IsCapitalisedWordEnd(string text, int last)
    {
        var i = last;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return char.IsUpper(text[i]);
    }

    private static void Add(string text, int start, int end, int paragraph, List<SentenceSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(" \t-–—•*➤✖️"))
        {
            spans.Add(new SentenceSpan(spans.Count, start, end - start, paragraph));
        }
    }
}
