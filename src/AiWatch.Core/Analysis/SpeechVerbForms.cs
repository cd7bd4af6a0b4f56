using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>A speech-verb form found in a folded, lower-case sentence.</summary>
public readonly record struct FormHit(int Index, int Length, string Value);

/// <summary>
/// Where the speech verbs of French/Data/speech.json occur in a sentence, and whether an occurrence is a
/// verb reporting speech rather than a participle used as an adjective or a verb without its complement.
/// </summary>
public static class SpeechVerbForms
{
    private static readonly Lazy<Dictionary<string, SpeechVerb>> ByForm = new(BuildVerbs);

    /// <summary>Speech-verb forms of a lower-case sentence, word by word ("se dit" and "a écrit" span two words).</summary>
    public static IEnumerable<(FormHit Form, SpeechVerb Verb)> Find(string text)
    {
        var byForm = ByForm.Value;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || (text[i - 1] is '\'' or '-' && !ObjectPronounBefore(text, i)))))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            var next = end + 1;
            var nextEnd = next;
            while (nextEnd < text.Length && char.IsLetter(text[nextEnd]))
            {
                nextEnd++;
            }
            if (end < text.Length && text[end] == ' ' && nextEnd > next && (nextEnd == text.Length || !IsWordTail(text[nextEnd]))
                && byForm.ContainsKey(text[i..nextEnd]))
            {
                yield return (new FormHit(i, nextEnd - i, text[i..nextEnd]), byForm[text[i..nextEnd]]);
            }
            else if ((end == text.Length || !IsWordTail(text[end])) && byForm.ContainsKey(text[i..end]))
            {
                yield return (new FormHit(i, end - i, text[i..end]), byForm[text[i..end]]);
            }
            i = end;
        }
    }

    /// <summary>"l'accusant de…": a present participle after an elided object pronoun (an elided article would make "l'estime" a noun).</summary>
    private static bool ObjectPronounBefore(string text, int i)
    {
        if (i < 2 || text[i - 1] != '\'' || text[i - 2] != 'l' || (i > 2 && char.IsLetter(text[i - 3])))
        {
            return false;
        }
        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text.AsSpan(i, end - i).EndsWith("ant", StringComparison.Ordinal);
    }

    private static bool IsWordTail(char c) => char.IsLetterOrDigit(c) || c == '\'';

    /// <summary>
    /// "soutient que", "affirme spécifiquement qu'", "a déclaré :": the complement within three words, or a colon;
    /// "assure n'avoir jamais…": a compound infinitive. "en assure la présidence, tandis qu'…" has no complement:
    /// "tandis que" is a conjunction.
    /// </summary>
    public static bool FollowedBy(string lower, int end, string complement)
    {
        var elided = complement[..^1] + "'";
        var rest = lower[end..Math.Min(lower.Length, end + 60)];
        var m = Regex.Match(rest, @"^(?:[ ,]+(?<w>[\w-]+)){0,3}?[ ,]+(?:" + Regex.Escape(complement) + @"(?!\w)|" + Regex.Escape(elided) + ")");
        var lexicon = FrenchLexicon.Instance;
        if (m.Success && (m.Groups["w"].Captures.Count == 0 || !lexicon.CompoundConjunctionHeads.Contains(m.Groups["w"].Captures[^1].Value)))
        {
            return true;
        }
        return Regex.IsMatch(rest, @"^ (?:" + string.Join("|", lexicon.InfinitiveComplements.Select(Regex.Escape)) + @")(?!\w)")
            || Regex.IsMatch(rest, @"^[ ]*:");
    }

    /// <summary>Past participles (affirmé, soutenu, averti) report speech only in a compound tense.</summary>
    public static bool IsParticiple(string original) =>
        original.Length > 0 && original[^1] is 'é' or 'u' or 'i' or 'É';

    /// <summary>"a affirmé", "a donc accusé", "avait ensuite déclaré", "a, lui, rappelé": an auxiliary within the two previous words.</summary>
    public static bool AfterAuxiliary(string lower, int index) =>
        AuxiliaryBefore.Value.IsMatch(lower[Math.Max(0, index - 48)..index]);

    private static readonly Lazy<Regex> AuxiliaryBefore = new(() => new Regex(
        @"(?<![\w'])(?:" + string.Join("|", FrenchLexicon.Instance.Auxiliaries.Select(Regex.Escape)) + @")(?:[ ,]+[\w'-]+){0,2}[ ,]+$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static Dictionary<string, SpeechVerb> BuildVerbs()
    {
        var byForm = new Dictionary<string, SpeechVerb>(StringComparer.Ordinal);
        foreach (var verb in FrenchLexicon.Instance.SpeechVerbs)
        {
            // The infinitive too: "Nvidia pourrait affirmer que…".
            foreach (var form in verb.Forms.Prepend(FrenchText.Fold(verb.Lemma).ToLowerInvariant()))
            {
                byForm.TryAdd(form, verb);
            }
        }
        return byForm;
    }
}
