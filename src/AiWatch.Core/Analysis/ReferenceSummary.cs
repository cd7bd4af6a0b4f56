namespace AiWatch.Core.Analysis;

/// <summary>
/// What the article's references say beyond literal mentions: the actors designated by description, and which
/// actors the article names together. Pronouns take part in neither: they name no one, they only point back.
/// </summary>
public static class ReferenceSummary
{
    /// <summary>
    /// Resolved descriptions ("le patron de SoftBank" → masayoshi-son, "l'avocat d'OpenAI" → openai), in text
    /// order; they never count as mentions, which stay literal. A description ending on a name ("le patron de ")
    /// is given with that name, so it reads as written.
    /// </summary>
    public static IReadOnlyList<MentionMatch> Epithets(ArticleContext context) => context.References
        .Where(r => r.Kind is ReferenceKind.Epithet or ReferenceKind.Representative)
        .DistinctBy(r => (r.Slug, r.Start))
        .Select(r =>
        {
            var name = context.Mentions.FirstOrDefault(m => m.Start == r.Start + r.Length);
            var length = name is null ? r.Length : r.Length + name.Length;
            return new MentionMatch(r.Slug, r.Start, length, context.Text.Substring(r.Start, length));
        })
        .ToList();

    /// <summary>
    /// Pairs of distinct actors named in the same sentence, by name or by description, with the number of
    /// sentences naming both; SlugA sorts before SlugB (ordinal), pairs sorted the same way.
    /// </summary>
    public static IReadOnlyList<CoMentionMatch> CoMentions(ArticleContext context)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var sentence in context.Sentences)
        {
            var slugs = context.ReferencesIn(sentence.Start, sentence.End)
                .Where(r => r.Kind != ReferenceKind.Pronoun)
                .Select(r => r.Slug)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < slugs.Count; i++)
            {
                for (var j = i + 1; j < slugs.Count; j++)
                {
                    counts[(slugs[i], slugs[j])] = counts.GetValueOrDefault((slugs[i], slugs[j])) + 1;
                }
            }
        }
        return counts
            .OrderBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2, StringComparer.Ordinal)
            .Select(c => new CoMentionMatch(c.Key.Item1, c.Key.Item2, c.Value))
            .ToList();
    }
}
