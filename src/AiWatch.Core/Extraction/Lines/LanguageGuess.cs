namespace AiWatch.Core.Extraction.Lines;

/// <summary>French or English by counting frequent function words; null when neither clearly wins.</summary>
public static class LanguageGuess
{
    public static string? Guess(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sample = text.Length > 5000 ? text[..5000] : text;
        foreach (var word in sample.Split((char[])[' ', '\n', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\'', '’', '«', '»'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (language, words) in ExtractionLexicon.FunctionWords)
            {
                if (words.Contains(word.ToLowerInvariant()))
                {
                    counts[language] = counts.GetValueOrDefault(language) + 1;
                }
            }
        }
        var ranked = counts.OrderByDescending(c => c.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 3)
        {
            return null;
        }
        return ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value ? ranked[0].Key : null;
    }
}
