using System.Reflection;
using System.Text.Json;
using Xunit.Sdk;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>
/// Theory rows from a spec file in Extraction/Specs: each object of the array (or of the named section)
/// gives the listed fields, in order, as strings, booleans or null.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SpecDataAttribute(string file, string? section, params string[] fields) : DataAttribute
{
    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
        SpecFile.Cases(file, section).Select(c => fields.Select(f => Value(c, f)).ToArray());

    private static object? Value(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => value.GetRawText(),
            }
            : null;
}

/// <summary>Reads the spec files copied next to the test assembly.</summary>
public static class SpecFile
{
    public static IReadOnlyList<JsonElement> Cases(string file, string? section = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extraction", "Specs", file);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = section is null ? json.RootElement : json.RootElement.GetProperty(section);
        return root.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public static IReadOnlyList<string> Inputs(string file, string? section = null) =>
        Cases(file, section).Select(c => c.GetProperty("Input").GetString()!).ToList();
}
