using System.Text;

namespace AiWatch.Core.Storage;

/// <summary>
/// Turns what a user types into a safe FTS5 MATCH expression. Every term is emitted as a quoted
/// string, so FTS syntax, SQL or stray quotes in the input can never reach the parser as operators.
/// Supported: words (all required), "exact phrases", prefix* and -exclusion.
/// </summary>
public static class FtsQuery
{
    /// <summary>Longest input considered; the rest is ignored rather than refused.</summary>
    public const int MaxInputLength = 512;
    private const int MaxTerms = 16;

    /// <summary>The MATCH expression, or null when the input holds nothing searchable.</summary>
    public static string? Build(string? input)
    {
        var (included, excluded) = Parse(input);
        if (included.Count == 0)
        {
            return null;
        }
        var query = new StringBuilder(string.Join(" AND ", included));
        foreach (var term in excluded)
        {
            query.Append(" NOT ").Append(term);
        }
        return query.ToString();
    }

    /// <summary>
    /// The required terms of the MATCH expression <see cref="Build"/> makes, each a MATCH expression of its own
    /// (to count its matches); empty when the input holds nothing searchable.
    /// </summary>
    public static IReadOnlyList<string> RequiredTerms(string? input) => Parse(input).Included;

    /// <summary>
    /// The required and excluded terms. Stop words (<see cref="SearchStopWords"/>) typed as words of their own are
    /// dropped when other words are required: they narrow nothing and cost the most to read.
    /// </summary>
    private static (List<string> Included, List<string> Excluded) Parse(string? input)
    {
        var included = new List<Term>();
        var excluded = new List<string>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return ([], excluded);
        }
        var text = Normalized(input.Length > MaxInputLength ? input[..MaxInputLength] : input);
        foreach (var term in Terms(text).Take(MaxTerms))
        {
            if (term.Excluded)
            {
                excluded.Add(term.Expression);
            }
            else
            {
                included.Add(term);
            }
        }
        var kept = included.Any(t => !t.StopWord) ? included.Where(t => !t.StopWord) : included;
        return (kept.Select(t => t.Expression).ToList(), excluded);
    }

    /// <summary>
    /// Composed accents, since a decomposed "é" (e + U+0301) would split the word at the combining mark.
    /// Lone surrogates (typed garbage, or an emoji cut at <see cref="MaxInputLength"/>) and noncharacters
    /// (U+FFFE, U+FDD0…) are dropped first: normalisation throws on them.
    /// </summary>
    private static string Normalized(string text)
    {
        var valid = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    valid.Append(text, i, 2);
                }
                i++;
            }
            else if (!char.IsSurrogate(text[i]) && !IsNoncharacter(text[i]))
            {
                valid.Append(text[i]);
            }
        }
        return valid.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+1FFFF…).</summary>
    private static bool IsNoncharacter(int value) => value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;

    /// <summary>A term of the query; <paramref name="StopWord"/>: a lone unquoted stop word, without a prefix star.</summary>
    private readonly record struct Term(string Expression, bool Excluded, bool StopWord);

    private static IEnumerable<Term> Terms(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = text[i] == '-';
            if (excluded)
            {
                i++;
            }
            string raw;
            var isPhrase = i < text.Length && text[i] == '"';
            if (isPhrase)
            {
                var end = text.IndexOf('"', i + 1);
                end = end < 0 ? text.Length : end;
                raw = text[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
                raw = text[i..end];
                i = end;
            }
            var prefix = !isPhrase && raw.EndsWith('*');
            var words = Words(raw);
            if (words.Count == 0)
            {
                continue;
            }
            var quoted = "\"" + string.Join(" ", words).Replace("\"", "\"\"") + "\"";
            var stopWord = !isPhrase && !prefix && words.All(SearchStopWords.Contains);
            yield return new Term(prefix ? quoted + " *" : quoted, excluded, stopWord);
        }
    }

    /// <summary>Letters and digits only: the unicode61 tokenizer drops everything else anyway.</summary>
    private static List<string> Words(string raw)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in raw)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }
}
