using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiWatch.Core.Extraction.Lines;

/// <summary>A named line pattern of the boilerplate data file.</summary>
public sealed record LinePattern(string Name, Regex Pattern);

/// <summary>
/// The language data of extraction, read from the embedded Extraction/Data/*.json files: month and
/// weekday names, date and byline prefixes, boilerplate line patterns. Code matches; the data says what.
/// </summary>
public static class ExtractionLexicon
{
    private const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static IReadOnlyDictionary<string, int> Months { get; }
    public static IReadOnlyList<string> Weekdays { get; }
    public static IReadOnlyList<string> PublishedPrefixes { get; }
    public static IReadOnlyList<string> UpdatedPrefixes { get; }
    public static IReadOnlyList<string> BylinePrefixes { get; }
    public static IReadOnlyList<string> BioOpeners { get; }
    /// <summary>What a closing author bio says its author is: "X est <b>professeure</b> à …".</summary>
    public static IReadOnlyList<string> ClosingBioRoles { get; }
    /// <summary>Capitalised words that open titles and sentences, never a person's name ("Le Rôle Central…").</summary>
    public static IReadOnlySet<string> NotNames { get; }
    public static IReadOnlyList<LinePattern> DropLines { get; }
    public static IReadOnlyList<LinePattern> EndLines { get; }
    public static IReadOnlyList<LinePattern> EndBlockLines { get; }
    /// <summary>Patterns over the whole text of a small block that make it furniture (a newsletter sign-up box).</summary>
    public static IReadOnlyList<LinePattern> Boxes { get; }
    public static IReadOnlyList<string> Labels { get; }
    /// <summary>Language code → its frequent function words.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> FunctionWords { get; }

    static ExtractionLexicon()
    {
        using var dates = Load("dates.json");
        Months = dates.RootElement.GetProperty("months").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);
        Weekdays = Strings(dates.RootElement, "weekdays");
        // Longest first, so "publié le" wins over "publié".
        PublishedPrefixes = Strings(dates.RootElement, "publishedPrefixes").OrderByDescending(p => p.Length).ToList();
        UpdatedPrefixes = Strings(dates.RootElement, "updatedPrefixes").OrderByDescending(p => p.Length).ToList();

        using var bylines = Load("bylines.json");
        BylinePrefixes = Strings(bylines.RootElement, "prefixes").OrderByDescending(p => p.Length).ToList();
        BioOpeners = Strings(bylines.RootElement, "bioOpeners");
        ClosingBioRoles = Strings(bylines.RootElement, "closingBioRoles").OrderByDescending(r => r.Length).ToList();
        NotNames = Strings(bylines.RootElement, "notNames").ToHashSet(StringComparer.OrdinalIgnoreCase);

        using var boilerplate = Load("boilerplate.json");
        DropLines = Patterns(boilerplate.RootElement, "drop");
        EndLines = Patterns(boilerplate.RootElement, "end");
        EndBlockLines = Patterns(boilerplate.RootElement, "endBlocks");
        Boxes = Patterns(boilerplate.RootElement, "boxes");
        Labels = Strings(boilerplate.RootElement, "labels");

        using var languages = Load("languages.json");
        FunctionWords = languages.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Array)
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal));
    }

    private static JsonDocument Load(string name)
    {
        var resource = $"AiWatch.Core.Extraction.Data.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        return JsonDocument.Parse(stream);
    }

    private static List<string> Strings(JsonElement root, string property) =>
        root.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();

    private static List<LinePattern> Patterns(JsonElement root, string property) =>
        root.GetProperty(property).EnumerateArray()
            .Select(e => new LinePattern(e.GetProperty("name").GetString()!, new Regex(e.GetProperty("pattern").GetString()!, PatternOptions)))
            .ToList();
}
