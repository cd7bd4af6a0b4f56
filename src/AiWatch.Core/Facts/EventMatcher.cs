using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Facts;

/// <summary>
/// One article's report of an event, as the matcher sees it: <paramref name="ActorSlugs"/> agent first,
/// <paramref name="Date"/> as written ("YYYY", "YYYY-MM", "YYYY-MM-DD"), <paramref name="PublishedDate"/> of the
/// article that reports it.
/// </summary>
public sealed record EventReport(
    string Type,
    IReadOnlyList<string> ActorSlugs,
    string? Date,
    bool DateApproximate,
    decimal? AmountValue,
    string? AmountCurrency,
    bool Hedged,
    DateOnly? PublishedDate);

/// <summary>
/// Decides whether two reports tell the same happening. Both must have the same type and the same participants
/// (in any order; a report without a known participant never matches, since type and date alone would merge
/// unrelated launches), compatible dates and compatible amounts:
/// <list type="bullet">
/// <item>two dates are compatible when the periods they cover overlap ("2024" holds "2024-02", which holds
/// "2024-02-28"; "2024-03" and "2024-08" do not), each approximate date ("l’an dernier") widened by
/// <see cref="ApproximateSlackDays"/> on both sides;</item>
/// <item>a dated and an undated report are compatible when the undated one was published within
/// <see cref="UndatedWindowDays"/> days of the dated period (news follow, or announce, the happening);</item>
/// <item>two undated reports are compatible when both were published within <see cref="UndatedWindowDays"/> days
/// of each other; without a publication date an undated report matches nothing;</item>
/// <item>amounts are compatible when one is missing, when their currencies differ (the press converts
/// dollars to euros and there are no exchange rates here), or when they differ by at most
/// <see cref="AmountTolerance"/> of the larger ("97,4 milliards" and "près de 100 milliards").</item>
/// </list>
/// </summary>
public static class EventMatcher
{
    public const int UndatedWindowDays = 30;
    public const int ApproximateSlackDays = 92;
    public const decimal AmountTolerance = 0.05m;

    public static bool SameHappening(EventReport a, EventReport b) => MatchTerms.Of(a).Matches(MatchTerms.Of(b));

    /// <summary>
    /// The days a report must touch (<see cref="Probe"/>) to be the same happening as <paramref name="member"/>: its
    /// period (widened when approximate) or, undated, its publication day, widened by <see cref="UndatedWindowDays"/>
    /// on both sides. A necessary condition only, cheap enough to rule out most groups before <see cref="SameHappening"/>.
    /// </summary>
    public static DayWindow Window(EventReport member) =>
        (Period.Of(member), member.PublishedDate) switch
        {
            ({ } period, _) => new DayWindow(period.First.DayNumber - UndatedWindowDays, period.Last.DayNumber + UndatedWindowDays),
            (null, { } published) => new DayWindow(published.DayNumber - UndatedWindowDays, published.DayNumber + UndatedWindowDays),
            _ => DayWindow.Nothing,
        };

    /// <summary>The days <paramref name="report"/> covers for <see cref="Window"/>: its period, or its publication day when undated.</summary>
    public static DayWindow Probe(EventReport report) =>
        (Period.Of(report), report.PublishedDate) switch
        {
            ({ } period, _) => new DayWindow(period.First.DayNumber, period.Last.DayNumber),
            (null, { } published) => new DayWindow(published.DayNumber, published.DayNumber),
            _ => DayWindow.Nothing,
        };

    /// <summary>The participants as a set: distinct slugs in ordinal order, joined by ','.</summary>
    public static string ParticipantKey(IEnumerable<string> slugs) =>
        string.Join(",", slugs.Distinct().Order(StringComparer.Ordinal));

    /// <summary>The days a partial date covers, [First, Last].</summary>
    internal readonly record struct Period(DateOnly First, DateOnly Last)
    {
        public static Period? Of(EventReport report)
        {
            if (PartialDate.FirstDay(report.Date) is not { } first)
            {
                return null;
            }
            var last = report.Date!.Length switch
            {
                4 => first.AddYears(1).AddDays(-1),
                7 => first.AddMonths(1).AddDays(-1),
                _ => first,
            };
            var period = new Period(first, last);
            return report.DateApproximate ? period.Widen(ApproximateSlackDays) : period;
        }

        public Period Widen(int days) => new(First.AddDays(-days), Last.AddDays(days));

        public bool Contains(DateOnly day) => First <= day && day <= Last;

        public bool Overlaps(Period other) => First <= other.Last && other.First <= Last;
    }
}

/// <summary>Days as <see cref="DateOnly.DayNumber"/>, both ends included; empty when <see cref="First"/> is after <see cref="Last"/>.</summary>
public readonly record struct DayWindow(int First, int Last)
{
    public static readonly DayWindow Nothing = new(1, 0);
    public static readonly DayWindow Everything = new(int.MinValue, int.MaxValue);

    public bool Overlaps(DayWindow other) => First <= Last && other.First <= other.Last && First <= other.Last && other.First <= Last;
}
