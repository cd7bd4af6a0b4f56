using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>A person outside the registry, named with a first name of the data ("Marie Lefort"), and that name's gender.</summary>
public sealed record NamedPerson(string Name, int Start, int Length, bool Feminine);

/// <summary>
/// People outside the registry who speak in an article (a judge, a lawyer, an analyst), and what a pronoun
/// stands for once they are taken into account: "il"/"lui" the last man or registry person in sight, "elle"
/// the last woman or organisation. Nothing in sight of the right kind gives no one: a pronoun is never guessed.
/// </summary>
public static class NamedPeople
{
    private const int RecencySentences = 2;

    // "Marie Lefort", "Yvonne Gonzalez Rogers": a first name of the data and one to three capitalised words.
    private static readonly Lazy<Regex> FullName = new(() => new Regex(
        @"(?<![\w'’])(?<first>" + string.Join("|", FrenchLexicon.Instance.FirstNames.Keys.Select(Regex.Escape))
            + @")(?:[ \u00A0]+\p{Lu}[\p{Ll}'’-]+){1,3}(?![\w'’])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant));

    public static IReadOnlyList<NamedPerson> Find(ArticleContext context)
    {
        var people = new List<NamedPerson>();
        foreach (Match m in FullName.Value.Matches(context.Text))
        {
            var first = m.Groups["first"].Value;
            if (FrenchLexicon.Instance.FirstNames.TryGetValue(first, out var feminine)
                && !context.Mentions.Any(r => r.Start < m.Index + m.Length && m.Index < r.Start + r.Length))
            {
                people.Add(new NamedPerson(m.Value, m.Index, m.Length, feminine));
            }
        }
        return people;
    }

    /// <summary>
    /// Who a pronoun at <paramref name="position"/> stands for: of the candidates of its kind in the current and
    /// two previous sentences (quoted words excluded), the first one of the latest sentence that has one.
    /// <paramref name="person"/> is true for "il"/"lui", false for "elle" (an organisation or a woman).
    /// </summary>
    public static (string? Slug, string? Name)? Pronoun(ArticleContext context, int position, bool person)
    {
        var here = context.SentenceAt(position)?.Index ?? 0;
        var horizon = context.Sentences.Count == 0 ? 0 : context.Sentences[Math.Max(0, here - RecencySentences)].Start;
        var candidates = context.References
            .Where(r => r.Start >= horizon && r.Start < position && !context.IsQuoted(r.Start)
                && ReferenceResolver.IsPersonLike(context, r) == person)
            .Select(r => (r.Start, Slug: (string?)r.Slug, Name: (string?)null))
            .Concat(context.People
                .Where(p => p.Start >= horizon && p.Start < position && !context.IsQuoted(p.Start) && p.Feminine != person)
                .Select(p => (p.Start, Slug: (string?)null, Name: (string?)p.Name)))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var latest = candidates.MaxBy(c => c.Start);
        var from = context.SentenceAt(latest.Start)?.Start ?? 0;
        var chosen = candidates.Where(c => c.Start >= from).MinBy(c => c.Start);
        return (chosen.Slug, chosen.Name);
    }

    /// <summary>"Brad Smith, le président de Microsoft": the name a representative's description stands beside.</summary>
    public static string? ApposedName(ArticleContext context, ActorReference reference)
    {
        if (reference.Kind != ReferenceKind.Representative)
        {
            return null;
        }
        var before = context.Text[Math.Max(0, reference.Start - 48)..reference.Start];
        var m = ApposedBefore.Match(before);
        return m.Success && !context.Mentions.Any(x => x.Start >= reference.Start - before.Length + m.Index && x.Start < reference.Start)
            ? m.Groups["name"].Value
            : null;
    }

    // "Brad Smith, " / "Yvonne Gonzalez Rogers, " right before the description.
    private static readonly Regex ApposedBefore = new(
        @"(?<![\w'’])(?<name>\p{Lu}[\p{Ll}'’-]+(?:[ \u00A0]+\p{Lu}[\p{Ll}'’-]+){1,2}), $",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
