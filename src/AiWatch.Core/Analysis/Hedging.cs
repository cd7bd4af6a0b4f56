using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>Whether a sentence reports something as uncertain: a conditional verb ("réclamerait") or a hedge ("selon des sources").</summary>
public static class Hedging
{
    private static readonly Lazy<Regex> Conditional = new(() => new Regex(
        @"\w{2,}(?:" + string.Join("|", FrenchLexicon.Instance.ConditionalEndings.Select(Regex.Escape)) + @")(?!\w)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant));

    /// <param name="lower">The folded, lower-case sentence.</param>
    public static bool IsHedged(string lower) =>
        Conditional.Value.IsMatch(lower) || FrenchLexicon.Instance.Hedges.Any(h => lower.Contains(h, StringComparison.Ordinal));
}
