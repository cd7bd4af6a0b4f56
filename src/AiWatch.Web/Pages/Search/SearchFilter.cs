using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Pages.Timeline;

namespace AiWatch.Web.Pages.Search;

/// <summary>
/// What narrows a search: an actor (slug), an event type found in the article, a source (host name), a kind
/// ("article", "quote", "claim"), a range of publication dates, and the order ("relevance" or "date").
/// </summary>
public sealed record SearchFilter(string? Actor = null, string? Type = null, string? Source = null, string? Kind = null, DateOnly? From = null, DateOnly? To = null, string Sort = SearchFilter.ByRelevance)
{
    public const string ByRelevance = "relevance";
    public const string ByDate = "date";
    public static readonly IReadOnlyList<string> Kinds = ["article", "quote", "claim"];

    public bool IsEmpty => Actor is null && Type is null && Source is null && Kind is null && From is null && To is null;

    /// <summary>Reads the filter from the query string; unusable values are dropped and explained in <paramref name="errors"/>.</summary>
    public static SearchFilter Read(IQueryCollection query, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var kind = One(query["kind"]);
        if (kind is not null && !Kinds.Contains(kind))
        {
            problems.Add("Genre de résultat inconnu : choisir article, citation ou déclaration.");
            kind = null;
        }
        var from = EventFilter.ParseDate(query["from"], "from", "début", problems);
        var to = EventFilter.ParseDate(query["to"], "to", "fin", problems);
        if (from > to)
        {
            problems.Add("La date de début est après la date de fin : la période est ignorée.");
            (from, to) = (null, null);
        }
        errors = problems;
        var sort = One(query["sort"]) == ByDate ? ByDate : ByRelevance;
        return new SearchFilter(One(query["actor"]), One(query["type"]), One(query["source"]), kind, from, to, sort);
    }

    /// <summary>The same filter with one facet set (or cleared with null), for the facet links.</summary>
    public SearchFilter With(string facet, string? value) => facet switch
    {
        "actor" => this with { Actor = value },
        "type" => this with { Type = value },
        "source" => this with { Source = value },
        _ => this with { Kind = value },
    };

    public string ToQueryString(string query, int page = 1, string? format = null) => string.Join('&', new[]
    {
        $"q={Uri.EscapeDataString(query)}",
        Actor is null ? null : $"actor={Uri.EscapeDataString(Actor)}",
        Type is null ? null : $"type={Uri.EscapeDataString(Type)}",
        Source is null ? null : $"source={Uri.EscapeDataString(Source)}",
        Kind is null ? null : $"kind={Kind}",
        From is { } f ? $"from={f:yyyy-MM-dd}" : null,
        To is { } t ? $"to={t:yyyy-MM-dd}" : null,
        Sort == ByDate ? "sort=date" : null,
        page > 1 ? $"page={page}" : null,
        format is null ? null : $"format={format}",
    }.Where(p => p is not null));

    private static string? One(string? raw) => QueryText.Clean(raw) is { Length: > 0 and <= 200 } value ? value : null;
}
