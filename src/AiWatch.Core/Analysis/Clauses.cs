using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>Small syntactic cues shared by the extractors, read from the folded text.</summary>
public static class Clauses
{
    /// <summary>
    /// Whether the word at <paramref name="start"/> (original offset) is governed by a preposition
    /// ("d'OpenAI", "avec Microsoft", "par Nvidia"), i.e. is not the subject of its clause.
    /// </summary>
    public static bool IsGoverned(ArticleContext context, int start)
    {
        var text = context.Folded.Value;
        var at = context.Folded.FromOriginal(start);
        var previous = PreviousWord(text, at);
        if (previous is null)
        {
            return false;
        }
        if (FrenchLexicon.Instance.Coordinators.Contains(previous))
        {
            // "à OpenAI et Microsoft": the second name shares the first one's preposition.
            var wordStart = text.LastIndexOf(previous, at - 1, StringComparison.OrdinalIgnoreCase);
            var conjunct = context.Mentions.LastOrDefault(m => m.Start + m.Length <= wordStart && wordStart - (m.Start + m.Length) <= 2);
            return conjunct is not null && IsGoverned(context, conjunct.Start);
        }
        return FrenchLexicon.Instance.Prepositions.Contains(previous.TrimEnd('\''));
    }

    /// <summary>The word before <paramref name="at"/> in lower case, elided forms with their apostrophe ("d'").</summary>
    public static string? PreviousWord(string text, int at)
    {
        var i = at;
        if (i > 0 && text[i - 1] == '\'')
        {
            var end = i;
            i--;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }
            return text[i..end].ToLowerInvariant();
        }
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }
        var stop = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
        {
            i--;
        }
        return stop > i ? text[i..stop].ToLowerInvariant() : null;
    }

    /// <summary>The word (letters, digits, '-', '.') after <paramref name="at"/>, case kept; <paramref name="end"/> is where it stops.</summary>
    public static string? NextWordCased(string text, int at, out int end)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '.'))
        {
            i++;
        }
        end = i;
        var word = text[start..i].TrimEnd('.');
        return word.Length > 0 ? word : null;
    }

    /// <summary>The word starting at or after <paramref name="at"/> in lower case, or null at punctuation.</summary>
    public static string? NextWord(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }
        return i > start ? text[start..i].ToLowerInvariant() : null;
    }
}
