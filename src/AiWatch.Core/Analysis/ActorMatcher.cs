using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>
/// Finds literal mentions of registry actors: names and aliases, accent-insensitive but case-aware
/// (Oracle the company, not the common noun oracle), elided forms (d'OpenAI), names that contain the
/// actor's name as a word (Meta AI, Microsoft AI). For people, the surname alone and "M./Mme X" count;
/// a surname right after another first name is a homonym (Justine Musk); a surname that is also a
/// French word (Son) counts only after a full mention and when it is not the possessive determining a
/// noun ("Son, qui avait promis…" yes, "Son créateur" no); the first name alone (Elon) counts after a
/// full mention. Descriptions ("le patron de SoftBank") are not mentions: see <see cref="ReferenceResolver"/>.
/// </summary>
public sealed class ActorMatcher
{
    private enum FormKind { Full, Surname, FirstName }

    private sealed record Form(string Slug, string Canonical, FormKind Kind, string? FirstName);

    private readonly Dictionary<string, Form> forms = new(StringComparer.Ordinal);
    private readonly Regex pattern;
    private readonly FrenchLexicon lexicon = FrenchLexicon.Instance;

    public ActorMatcher(ActorRegistry registry)
    {
        foreach (var actor in registry.Actors)
        {
            var words = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var first = actor.IsPerson && words.Length > 1 ? words[0] : null;
            var surname = actor.IsPerson && words.Length > 1 ? words[^1] : null;
            Add(actor.Name, actor.Slug, FormKind.Full, first);
            foreach (var alias in actor.Aliases)
            {
                Add(alias, actor.Slug, alias == surname ? FormKind.Surname : FormKind.Full, first);
            }
            if (surname is not null)
            {
                Add(surname, actor.Slug, FormKind.Surname, first);
                Add("M. " + surname, actor.Slug, FormKind.Full, first);
                Add("Mme " + surname, actor.Slug, FormKind.Full, first);
                Add(first!, actor.Slug, FormKind.FirstName, first);
            }
        }
        var alternatives = forms.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        // Not inside a word, a URL (meta.ai, openai.com, x.com/openai) or an e-mail address, nor a compound
        // word ("Méta-analyse"); "Microsoft/OpenAI" and "OpenAI-Microsoft" are two names.
        pattern = new Regex(
            @"(?<![\w.@])(?<!//)(?<!\.\w+/)(?:" + string.Join("|", alternatives) + @")(?![\w@]|\.[a-z]{2,}\b|(?-i:-\p{Ll}))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private void Add(string surface, string slug, FormKind kind, string? firstName)
    {
        var key = Key(surface);
        if (key.Length > 0 && !forms.ContainsKey(key))
        {
            forms[key] = new Form(slug, FrenchText.Fold(surface), kind, firstName);
        }
    }

    private static string Key(string s) => FrenchText.Fold(s).ToLowerInvariant();

    public IReadOnlyList<MentionMatch> Match(string text) => Match(FoldedText.Of(text));

    public IReadOnlyList<MentionMatch> Match(FoldedText folded)
    {
        var text = folded.Value;
        var mentions = new List<MentionMatch>();
        var fullSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in pattern.Matches(text))
        {
            if (!forms.TryGetValue(m.Value.ToLowerInvariant(), out var form) || !SameCase(m.Value, form.Canonical))
            {
                continue;
            }
            var keep = form.Kind switch
            {
                FormKind.Full => true,
                FormKind.Surname => IsSurnameMention(text, m.Index, m.Length, form, fullSeen.Contains(form.Slug)),
                _ => fullSeen.Contains(form.Slug) && !NextWordIsCapitalised(text, m.Index + m.Length),
            };
            if (!keep)
            {
                continue;
            }
            if (form.Kind == FormKind.Full)
            {
                fullSeen.Add(form.Slug);
            }
            var (start, length) = folded.ToOriginal(m.Index, m.Length);
            mentions.Add(new MentionMatch(form.Slug, start, length, folded.Original.Substring(start, length)));
        }
        return mentions;
    }

    /// <summary>"Softbank" and "SoftBank" are both fine; "oracle" is not "Oracle", "son" is not "Son".</summary>
    private static bool SameCase(string matched, string canonical)
    {
        var a = matched.FirstOrDefault(char.IsLetter);
        var b = canonical.FirstOrDefault(char.IsLetter);
        return char.IsUpper(a) == char.IsUpper(b);
    }

    private bool IsSurnameMention(string text, int start, int length, Form form, bool fullSeen)
    {
        var previous = PreviousWord(text, start);
        if (previous is not null && IsTitleCase(previous) && !lexicon.FunctionWords.Contains(previous.ToLowerInvariant())
            && !string.Equals(previous, form.FirstName, StringComparison.OrdinalIgnoreCase))
        {
            return false; // another first name: Justine Musk, Kimbal Musk
        }
        var word = text.Substring(start, length).ToLowerInvariant();
        if (!lexicon.Possessives.Contains(word) && !lexicon.FunctionWords.Contains(word))
        {
            return true;
        }
        if (!fullSeen)
        {
            return false;
        }
        var next = NextWord(text, start + length);
        var apostrophe = next?.IndexOf('\'') ?? -1;
        var head = apostrophe > 0 ? next![..(apostrophe + 1)] : next;
        return head is null || lexicon.SubjectFollowers.Contains(head.ToLowerInvariant());
    }

    private static bool IsTitleCase(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLower(c) || c == '-');

    /// <summary>The word just before <paramref name="start"/>, when only one space separates them.</summary>
    private static string? PreviousWord(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return null;
        }
        var from = start - 2;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-'))
        {
            from--;
        }
        return text[from..(start - 1)];
    }

    /// <summary>The word right after <paramref name="end"/> (after spaces), or null at punctuation or line end.</summary>
    private static string? NextWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        if (i >= text.Length || !char.IsLetter(text[i]))
        {
            return null;
        }
        var from = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\''))
        {
            i++;
        }
        return text[from..i];
    }

    private static bool NextWordIsCapitalised(string text, int end)
    {
        var next = NextWord(text, end);
        return next is not null && char.IsUpper(next[0]) && end < text.Length && text[end] == ' ';
    }
}
