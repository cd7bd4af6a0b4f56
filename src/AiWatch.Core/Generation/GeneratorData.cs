using System.Text.Json;

namespace AiWatch.Core.Generation;

/// <summary>One kind of story (lawsuit, bid, interview…) and the French sentences it is written from.</summary>
public sealed record StoryKind
{
    public int Weight { get; init; }
    /// <summary>Range of the story's main amount, in units of currency.</summary>
    public AmountRange Amount { get; init; } = new(1_000_000m, 1_000_000_000m);
    public IReadOnlyList<string> Titles { get; init; } = [];
    public IReadOnlyList<string> Leads { get; init; } = [];
    public IReadOnlyList<string> Sentences { get; init; } = [];
    public IReadOnlyList<string> Quotes { get; init; } = [];
    public IReadOnlyList<string> ExpertQuotes { get; init; } = [];
}

public sealed record AmountRange(decimal Min, decimal Max);

/// <summary>Words that come in a feminine and a masculine list.</summary>
public sealed record Gendered
{
    public IReadOnlyList<string> Feminine { get; init; } = [];
    public IReadOnlyList<string> Masculine { get; init; } = [];

    public IReadOnlyList<string> For(bool feminine) => feminine ? Feminine : Masculine;
}

/// <summary>A publication the generator writes pages for.</summary>
public sealed record Outlet(string Name, string Domain, string Rubric);

public sealed record PeopleData
{
    public IReadOnlyList<string> JournalistFirstNames { get; init; } = [];
    public IReadOnlyList<string> LastNames { get; init; } = [];
    public Gendered ExpertFirstNames { get; init; } = new();
    public Gendered ExpertRoles { get; init; } = new();
    public Gendered ExecRoles { get; init; } = new();
    public IReadOnlyList<string> JournalistRoles { get; init; } = [];
    public IReadOnlyList<Outlet> Outlets { get; init; } = [];
    public IReadOnlyList<string> CitedOutlets { get; init; } = [];
    public IReadOnlyList<string> Courts { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    /// <summary>Actor slug → its products ("openai" → ChatGPT…).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Products { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> GenericProducts { get; init; } = [];
}

public sealed record SharedData
{
    public IReadOnlyList<string> Months { get; init; } = [];
    public string OnDay { get; init; } = "";
    public string InMonth { get; init; } = "";
    public string FirstOfMonth { get; init; } = "";
    public IReadOnlyList<string> Connectors { get; init; } = [];
    public IReadOnlyList<string> Context { get; init; } = [];
    public IReadOnlyList<string> Closings { get; init; } = [];
    public IReadOnlyList<string> Claims { get; init; } = [];
    public IReadOnlyList<string> ClaimContents { get; init; } = [];
    public IReadOnlyList<string> PersonFrames { get; init; } = [];
    public IReadOnlyList<string> ExpertFrames { get; init; } = [];
    public IReadOnlyList<string> PronounFrames { get; init; } = [];
    /// <summary>Groups of interchangeable phrases ("les investisseurs", "les marchés"…).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Variants { get; init; } = [];
}

/// <summary>Parts of the sentences <see cref="ClauseWriter"/> assembles.</summary>
public sealed record ClauseData
{
    public IReadOnlyList<string> PluralSubjects { get; init; } = [];
    public IReadOnlyList<string> PluralVerbs { get; init; } = [];
    public IReadOnlyList<string> Objects { get; init; } = [];
    public IReadOnlyList<string> Circumstances { get; init; } = [];
    public IReadOnlyList<string> SingularVerbs { get; init; } = [];
    public IReadOnlyList<string> OwnObjects { get; init; } = [];
    /// <summary>"de les " → "des ": what joining a verb's preposition to an object's article makes.</summary>
    public IReadOnlyDictionary<string, string> Contractions { get; init; } = new Dictionary<string, string>();
}

public sealed record NewsletterBox(string Title, string Pitch, string Button);

public sealed record PageData
{
    public IReadOnlyList<string> Navigation { get; init; } = [];
    public IReadOnlyList<string> CookieBanners { get; init; } = [];
    public IReadOnlyList<string> CookieButtons { get; init; } = [];
    public IReadOnlyList<NewsletterBox> NewsletterBoxes { get; init; } = [];
    public IReadOnlyList<string> ReadAlsoLabels { get; init; } = [];
    public IReadOnlyList<string> RelatedHeadings { get; init; } = [];
    public IReadOnlyList<string> RelatedTitles { get; init; } = [];
    public IReadOnlyList<string> FooterLinks { get; init; } = [];
    public string Copyright { get; init; } = "";
    public string Dateline { get; init; } = "";
    public string Byline { get; init; } = "";
    public string AdLine { get; init; } = "";
    public string ShareLabel { get; init; } = "";
    public IReadOnlyList<string> ShareNetworks { get; init; } = [];
    public string EmailPlaceholder { get; init; } = "";
    public IReadOnlyList<string> BioTemplates { get; init; } = [];
}

/// <summary>
/// The French material of the generator, read once from the embedded Generation/Data/*.json files: story kinds
/// and their sentences, quote frames, names, outlets, page furniture. The code only assembles it.
/// </summary>
public sealed class GeneratorData
{
    private static readonly Lazy<GeneratorData> Lazy = new(Load);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static GeneratorData Instance => Lazy.Value;

    /// <summary>Kinds by name, in the order of the data file (the order weighted picks rely on).</summary>
    public required IReadOnlyList<(string Name, StoryKind Kind)> Kinds { get; init; }
    public required PeopleData People { get; init; }
    public required SharedData Shared { get; init; }
    public required PageData Page { get; init; }
    public required ClauseData Clauses { get; init; }

    private static GeneratorData Load()
    {
        using var stories = JsonDocument.Parse(Read("stories.json"));
        var kinds = stories.RootElement.GetProperty("kinds").EnumerateObject()
            .Select(k => (k.Name, k.Value.Deserialize<StoryKind>(Options)!))
            .ToList();
        return new GeneratorData
        {
            Kinds = kinds,
            People = JsonSerializer.Deserialize<PeopleData>(Read("people.json"), Options)!,
            Shared = JsonSerializer.Deserialize<SharedData>(Read("shared.json"), Options)!,
            Page = JsonSerializer.Deserialize<PageData>(Read("page.json"), Options)!,
            Clauses = JsonSerializer.Deserialize<ClauseData>(Read("clauses.json"), Options)!,
        };
    }

    private static string Read(string file)
    {
        var resource = $"AiWatch.Core.Generation.Data.{file}";
        using var stream = typeof(GeneratorData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
