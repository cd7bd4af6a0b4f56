using AiWatch.Core.Model;

namespace AiWatch.Web.Pages.Timeline;

/// <summary>Narrows a list of events to one type and/or one actor (by slug); empty means no filter.</summary>
public sealed record EventFilter(string? Type = null, string? Actor = null)
{
    public static readonly EventFilter None = new();

    /// <summary>Whether <see cref="Type"/> is empty or one of <see cref="EventTypes.All"/>.</summary>
    public bool HasKnownType => Type is null || EventTypes.All.Contains(Type);

    /// <summary>Blank values dropped, so "?type=&amp;actor=" reads as no filter.</summary>
    public static EventFilter From(string? type, string? actor) =>
        new(string.IsNullOrWhiteSpace(type) ? null : type.Trim(), string.IsNullOrWhiteSpace(actor) ? null : actor.Trim());

    public IQueryable<Event> Apply(IQueryable<Event> events)
    {
        if (Type is not null)
        {
            events = events.Where(e => e.Type == Type);
        }
        if (Actor is not null)
        {
            events = events.Where(e => e.Actors.Any(ea => ea.Actor!.Slug == Actor));
        }
        return events;
    }
}
