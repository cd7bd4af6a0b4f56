using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>
/// Whether a sentence reports something as uncertain: a conditional verb ("réclamerait", "aurait proposé",
/// "pourrait"), an unnamed source ("selon des sources", "d'après des informations de") or a rumour. A hedged
/// statement is kept and flagged, never dropped: what is reported is news even when unconfirmed.
/// </summary>
public static class Hedging
{
    private static readonly Lazy<Regex> Conditional = new(() => new Regex(
        @"(?<!\w)\w{2,}(?:" + string.Join("|", FrenchLexicon.Instance.ConditionalEndings.Select(Regex.Escape)) + @")(?!\w)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant));

    /// <param name="lower">The folded, lower-case sentence.</param>
    public static bool IsHedged(string lower) =>
        HasConditional(lower) || FrenchLexicon.Instance.Hedges.Any(h => lower.Contains(h, StringComparison.Ordinal));

    // "le retrait d'OpenAI", "un portrait": words that only end like a conditional.
    private static bool HasConditional(string lower)
    {
        for (var m = Conditional.Value.Match(lower); m.Success; m = m.NextMatch())
        {
            if (!FrenchLexicon.Instance.ConditionalLookalikes.Contains(m.Value))
            {
                return true;
            }
        }
        return false;
    }
}
