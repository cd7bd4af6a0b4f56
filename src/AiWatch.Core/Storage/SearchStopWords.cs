using System.Text.Json;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Storage;

/// <summary>The words a search drops when it has others (Storage/Data/search.json, an embedded resource).</summary>
public static class SearchStopWords
{
    private static readonly Lazy<IReadOnlyList<string>> Listed = new(ReadList);
    private static readonly Lazy<IReadOnlySet<string>> Words = new(() => All.Select(Key).ToHashSet());

    /// <summary>Every stop word as the data file spells it.</summary>
    public static IReadOnlyList<string> All => Listed.Value;

    /// <summary>Whether <paramref name="word"/> is a stop word, whatever its case and accents ("À" is "a").</summary>
    public static bool Contains(string word) => Words.Value.Contains(Key(word));

    private static string Key(string word) => FrenchText.Fold(word).ToLowerInvariant();

    private static List<string> ReadList()
    {
        var assembly = typeof(SearchStopWords).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(".Storage.Data.search.json", StringComparison.Ordinal))
            ?? throw new InvalidDataException("Search resource search.json is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()!).ToList();
    }
}
