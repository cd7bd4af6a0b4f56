using System.Collections.Concurrent;

namespace AiWatch.Core.Generation;

/// <summary>
/// A template sentence cut once into parts: literal text, slots ("{A}", "{de:B}") and choices between
/// interchangeable phrases (the data's variant groups found in the literal text). Parsing is cached per template
/// string, so filling is a walk over the parts.
/// </summary>
public sealed class Template
{
    private static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    private Template(IReadOnlyList<TemplatePart> parts) => Parts = parts;

    public IReadOnlyList<TemplatePart> Parts { get; }

    public static Template Of(string text) => Cache.GetOrAdd(text, Parse);

    private static Template Parse(string text)
    {
        var parts = new List<TemplatePart>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var end = open < 0 ? text.Length : open;
            AddLiteral(parts, text[i..end]);
            if (open < 0)
            {
                break;
            }
            var close = text.IndexOf('}', open);
            if (close < 0)
            {
                throw new InvalidDataException($"unclosed slot in generator template: {text}");
            }
            parts.Add(new TemplatePart(TemplatePartKind.Slot, text[(open + 1)..close], [], open == 0));
            i = close + 1;
        }
        return new Template(parts);
    }

    /// <summary>Literal text, with each phrase of a variant group (whole words, longest first) made a choice.</summary>
    private static void AddLiteral(List<TemplatePart> parts, string literal)
    {
        var start = 0;
        var i = 0;
        while (i < literal.Length)
        {
            var match = Variants.Match(literal, i);
            if (match is null)
            {
                i++;
                continue;
            }
            if (i > start)
            {
                parts.Add(new TemplatePart(TemplatePartKind.Literal, literal[start..i], [], false));
            }
            parts.Add(new TemplatePart(TemplatePartKind.Choice, "", match.Value.Group, match.Value.Capitalised));
            i += match.Value.Length;
            start = i;
        }
        if (start < literal.Length)
        {
            parts.Add(new TemplatePart(TemplatePartKind.Literal, literal[start..], [], false));
        }
    }
}

public enum TemplatePartKind
{
    Literal,
    Slot,
    Choice,
}

/// <summary>
/// One part of a <see cref="Template"/>: literal <see cref="Text"/>, a slot name, or a choice among
/// <see cref="Choices"/>. <see cref="Capitalised"/>: the choice stood capitalised in the text, or the slot opens the sentence.
/// </summary>
public sealed record TemplatePart(TemplatePartKind Kind, string Text, IReadOnlyList<string> Choices, bool Capitalised);

/// <summary>The variant groups of the data, indexed for matching at a position.</summary>
internal static class Variants
{
    // Phrases longest first, each with its group; the capitalised form matches at the start of a sentence.
    private static readonly Lazy<List<(string Phrase, IReadOnlyList<string> Group, bool Capitalised)>> Phrases = new(() =>
        GeneratorData.Instance.Shared.Variants
            .SelectMany(g => g.SelectMany(p => new[] { (p, g, false), (SentenceFiller.Capitalised(p), g, true) }))
            .Where(p => !p.Item3 || p.Item1 != SentenceFiller.Uncapitalised(p.Item1))
            .DistinctBy(p => p.Item1)
            .OrderByDescending(p => p.Item1.Length)
            .Select(p => (p.Item1, (IReadOnlyList<string>)p.Item2, p.Item3))
            .ToList());

    public static (IReadOnlyList<string> Group, int Length, bool Capitalised)? Match(string text, int at)
    {
        if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
        {
            return null;
        }
        foreach (var (phrase, group, capitalised) in Phrases.Value)
        {
            var after = at + phrase.Length;
            if (string.CompareOrdinal(text, at, phrase, 0, phrase.Length) == 0 && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                return (group, phrase.Length, capitalised);
            }
        }
        return null;
    }
}
