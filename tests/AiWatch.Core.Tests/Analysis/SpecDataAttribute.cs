using System.Reflection;
using System.Text.Json;
using Xunit.Sdk;

namespace AiWatch.Core.Tests.Analysis;

/// <summary>
/// Feeds a theory with the cases of <c>Specs/&lt;file&gt;.json</c> (an array of objects, each with an "input"):
/// one test per case, given as (input, case JSON) so the runner can list and re-run each sentence.
/// </summary>
public sealed class SpecDataAttribute(string file) : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        SpecFiles.Cases(file).Select(c => new object[] { c.GetProperty("input").GetString()!, c.GetRawText() });
}

public static class SpecFiles
{
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Analysis", "Specs", file + ".json");

    public static IReadOnlyList<JsonElement> Cases(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path(file)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public static IReadOnlyList<string> Inputs(string file) => Cases(file).Select(c => c.GetProperty("input").GetString()!).ToList();

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
