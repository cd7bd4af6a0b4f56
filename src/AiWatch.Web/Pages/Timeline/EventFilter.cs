using System.Globalization;
using AiWatch.Core.Model;
using AiWatch.Web.Pages.Shared;

namespace AiWatch.Web.Pages.Timeline;

/// <summary>
/// Narrows events to some types and/or some actors (by slug) and to a date range on when they happened;
/// empty lists and null dates mean no filter. Several types (or actors) match any of them; with
/// <see cref="AllActors"/>, an event must involve every listed actor (the two sides of a dispute).
/// </summary>
public sealed record EventFilter(IReadOnlyList<string> Types, IReadOnlyList<string> Actors, DateOnly? From = null, DateOnly? To = null, bool AllActors = false)
{
    public static readonly EventFilter None = new([], []);

    public bool IsEmpty => Types.Count == 0 && Actors.Count == 0 && From is null && To is null;

    /// <summary>Whether every type is one of <see cref="EventTypes.All"/>.</summary>
    public bool HasKnownType => Types.All(EventTypes.All.Contains);

    /// <summary>One type and one actor at most, as /api/events takes them; blank values read as no filter.</summary>
    public static EventFilter Single(string? type, string? actor) => new(Values([type]), Values([actor]));

    /// <summary>
    /// Reads ?type= and ?actor= (repeatable) and ?from= / ?to= (yyyy-mm-dd). Values that cannot be used are left out
    /// and explained in <paramref name="errors"/>, so a page can say what was wrong and still show the rest.
    /// </summary>
    public static EventFilter Read(IQueryCollection query, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var types = Values(query["type"]);
        foreach (var unknown in types.Where(t => !EventTypes.All.Contains(t)))
        {
            problems.Add($"Type d’événement inconnu : « {Shorten(unknown)} ».");
        }
        var from = ParseDate(query["from"], "from", "début", problems);
        var to = ParseDate(query["to"], "to", "fin", problems);
        if (from > to)
        {
            problems.Add("La date de début est après la date de fin : la période est ignorée.");
            (from, to) = (null, null);
        }
        errors = problems;
        return new EventFilter(types.Where(EventTypes.All.Contains).ToList(), Values(query["actor"]), from, to);
    }

    public IQueryable<Event> Apply(IQueryable<Event> events)
    {
        if (Types.Count > 0)
        {
            var types = Types.ToList();
            events = events.Where(e => types.Contains(e.Type));
        }
        if (AllActors)
        {
            foreach (var actor in Actors)
            {
                events = events.Where(e => e.Actors.Any(ea => ea.Actor!.Slug == actor));
            }
        }
        else if (Actors.Count > 0)
        {
            var actors = Actors.ToList();
            events = events.Where(e => e.Actors.Any(ea => actors.Contains(ea.Actor!.Slug)));
        }
        return events;
    }

    /// <summary>The query string that repeats this filter ("type=bid&amp;actor=openai"), for links and exports.</summary>
    public string ToQueryString() => string.Join('&',
        Types.Select(t => $"type={Uri.EscapeDataString(t)}")
            .Concat(Actors.Select(a => $"actor={Uri.EscapeDataString(a)}"))
            .Concat(From is { } f ? [$"from={f:yyyy-MM-dd}"] : [])
            .Concat(To is { } t ? [$"to={t:yyyy-MM-dd}"] : []));

    private static List<string> Values(IEnumerable<string?> raw) => raw
        .SelectMany(v => QueryText.Clean(v).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(v => v.Length is > 0 and <= 200)
        .Distinct()
        .ToList();

    /// <summary>A yyyy-mm-dd date (what &lt;input type="date"&gt; sends); anything else adds a message naming the parameter.</summary>
    public static DateOnly? ParseDate(string? raw, string name, string label, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add($"Date de {label} invalide (« {Shorten(raw)} ») : attendu AAAA-MM-JJ, par exemple 2025-03-31. Paramètre « {name} » ignoré.");
        return null;
    }

    private static string Shorten(string raw) => QueryText.Clean(raw) is var text && text.Length <= 40 ? text : text[..40] + "…";
}
