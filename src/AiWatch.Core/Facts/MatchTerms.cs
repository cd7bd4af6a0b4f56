namespace AiWatch.Core.Facts;

/// <summary>
/// What <see cref="EventMatcher.SameHappening"/> compares of a report, worked out once: type, participants (as
/// <see cref="EventMatcher.ParticipantKey"/>), the days its date covers (widened when approximate), its publication
/// day only when it is undated (a dated report's does not count), its amount, and the currency in upper case
/// (currencies compare regardless of case). Reports with equal terms match the same reports, so a group checks a
/// newcomer once per distinct terms among its reports, not once per report.
/// </summary>
public readonly record struct MatchTerms(string Type, string Participants, DayWindow? Period, int? PublishedDay, decimal? Amount, string? Currency)
{
    public static MatchTerms Of(EventReport report)
    {
        var period = EventMatcher.Period.Of(report);
        return new MatchTerms(
            report.Type,
            EventMatcher.ParticipantKey(report.ActorSlugs),
            period is { } days ? new DayWindow(days.First.DayNumber, days.Last.DayNumber) : null,
            period is null ? report.PublishedDate?.DayNumber : null,
            report.AmountValue,
            report.AmountValue is null ? null : report.AmountCurrency?.ToUpperInvariant());
    }

    /// <summary>The rules of <see cref="EventMatcher"/>: same type, same known participants, compatible dates and amounts.</summary>
    public bool Matches(MatchTerms other) =>
        Participants.Length > 0
        && Type == other.Type
        && Participants == other.Participants
        && DatesCompatible(other)
        && AmountsCompatible(other);

    private bool DatesCompatible(MatchTerms other) => (Period, other.Period) switch
    {
        (null, null) => PublishedDay is { } mine && other.PublishedDay is { } theirs
            && Math.Abs(mine - theirs) <= EventMatcher.UndatedWindowDays,
        ({ } dated, null) => other.PublishedDay is { } published && Near(dated, published),
        (null, { } dated) => PublishedDay is { } published && Near(dated, published),
        ({ } mine, { } theirs) => mine.Overlaps(theirs),
    };

    /// <summary>An undated report published within <see cref="EventMatcher.UndatedWindowDays"/> of a dated period.</summary>
    private static bool Near(DayWindow dated, int published) =>
        dated.First - EventMatcher.UndatedWindowDays <= published && published <= dated.Last + EventMatcher.UndatedWindowDays;

    private bool AmountsCompatible(MatchTerms other)
    {
        if (Amount is not { } x || other.Amount is not { } y || Currency != other.Currency)
        {
            return true;
        }
        var larger = Math.Max(Math.Abs(x), Math.Abs(y));
        return Math.Abs(x - y) <= larger * EventMatcher.AmountTolerance;
    }
}
