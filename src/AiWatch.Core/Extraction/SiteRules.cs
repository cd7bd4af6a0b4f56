using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiWatch.Core.Extraction;

/// <summary>
/// A per-site override of generic extraction: the CSS selector of the article body and selectors of
/// furniture to drop inside it. Generic scoring stays the main mechanism; a rule is for sites it gets wrong.
/// </summary>
public sealed record SiteRule(string Domain, string? Content, IReadOnlyList<string> Remove);

/// <summary>The table of site rules, domain → rule, read from seeds/sources.json ("sources": [{domain, content, remove}]).</summary>
public sealed class SiteRules
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly SortedDictionary<string, SiteRule> rules;

    private SiteRules(SortedDictionary<string, SiteRule> rules) => this.rules = rules;

    public static SiteRules Empty { get; } = new(new SortedDictionary<string, SiteRule>(StringComparer.OrdinalIgnoreCase));

    public IEnumerable<SiteRule> All => rules.Values;

    /// <summary>Reads a sources file from disk (see <see cref="Parse"/>).</summary>
    public static SiteRules Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the sources file. Entries without a content selector are sources without a rule.</summary>
    public static SiteRules Parse(string json)
    {
        var file = JsonSerializer.Deserialize<SourcesFile>(json, Options) ?? throw new InvalidDataException("sources file is empty");
        var table = new SortedDictionary<string, SiteRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in file.Sources ?? [])
        {
            if (string.IsNullOrWhiteSpace(source.Domain))
            {
                throw new InvalidDataException("a source has no domain");
            }
            if (!string.IsNullOrWhiteSpace(source.Content) || source.Remove is { Count: > 0 })
            {
                var domain = NormalizeHost(source.Domain);
                table[domain] = new SiteRule(domain, source.Content, source.Remove ?? []);
            }
        }
        return new SiteRules(table);
    }

    /// <summary>The rule of the page's host or of its nearest parent domain ("www.lemonde.fr" → "lemonde.fr").</summary>
    public SiteRule? For(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            return null;
        }
        for (var host = NormalizeHost(uri.Host); host.Contains('.'); host = host[(host.IndexOf('.') + 1)..])
        {
            if (rules.TryGetValue(host, out var rule))
            {
                return rule;
            }
        }
        return null;
    }

    private static string NormalizeHost(string host)
    {
        var h = host.Trim().ToLowerInvariant();
        return h.StartsWith("www.", StringComparison.Ordinal) ? h[4..] : h;
    }

    private sealed class SourcesFile
    {
        [JsonPropertyName("sources")]
        public List<SourceEntry>? Sources { get; set; }
    }

    private sealed class SourceEntry
    {
        public string? Domain { get; set; }
        public string? Content { get; set; }
        public List<string>? Remove { get; set; }
    }
}
