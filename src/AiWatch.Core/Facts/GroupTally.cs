using System.Runtime.InteropServices;

namespace AiWatch.Core.Facts;

/// <summary>
/// A group's reports with their summary kept up to date one report at a time: the same result as
/// <see cref="GroupSummary.Of"/>, without going over every report again at each join (a bulk import joins groups of
/// hundreds of reports thousands of times). Reports are expected in event id order, as they are stored and as new
/// ones get their ids; one that comes out of order makes <see cref="Summary"/> fall back on <see cref="GroupSummary.Of"/>.
/// </summary>
public sealed class GroupTally
{
    private readonly List<GroupMember> members = [];
    private readonly Dictionary<(string Date, bool Approximate), int> dates = [];
    private readonly Dictionary<(decimal Value, string? Currency), (int Count, int FirstPosition)> amounts = [];
    private readonly HashSet<int> articles = [];
    private readonly HashSet<MatchTerms> terms = [];
    private bool hedged = true;
    private bool inOrder = true;

    public IReadOnlyList<GroupMember> Members => members;

    /// <summary>How many distinct articles report the group.</summary>
    public int SourceCount => articles.Count;

    public void Add(GroupMember member)
    {
        var report = member.Report;
        inOrder &= members.Count == 0 || members[^1].EventId < member.EventId;
        if (Ingestion.PartialDate.FirstDay(report.Date) is not null)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(dates, (report.Date!, report.DateApproximate), out _)++;
        }
        if (report.AmountValue is { } value)
        {
            ref var amount = ref CollectionsMarshal.GetValueRefOrAddDefault(amounts, (value, report.AmountCurrency), out var seen);
            amount = seen ? (amount.Count + 1, amount.FirstPosition) : (1, members.Count);
        }
        hedged &= report.Hedged;
        articles.Add(member.ArticleId);
        terms.Add(MatchTerms.Of(report));
        members.Add(member);
    }

    /// <summary>Gives a report its stored event id in place of a provisional one that sorted the same way.</summary>
    public void Replace(GroupMember member, GroupMember by) => members[members.LastIndexOf(member)] = by;

    /// <summary>Whether a report with these terms tells the same happening as every report of the group.</summary>
    public bool Admits(MatchTerms report)
    {
        foreach (var known in terms)
        {
            if (!known.Matches(report))
            {
                return false;
            }
        }
        return true;
    }

    public GroupSummary Summary()
    {
        if (!inOrder || members.Count == 0)
        {
            return GroupSummary.Of(members);
        }
        var date = dates
            .OrderBy(d => d.Key.Approximate)
            .ThenByDescending(d => d.Key.Date.Length)
            .ThenByDescending(d => d.Value)
            .ThenBy(d => d.Key.Date, StringComparer.Ordinal)
            .Select(d => d.Key.Date)
            .FirstOrDefault();
        var amount = amounts
            .OrderByDescending(a => a.Value.Count)
            .ThenBy(a => a.Value.FirstPosition)
            .Select(a => ((decimal Value, string? Currency)?)a.Key)
            .FirstOrDefault();
        return GroupSummary.Chosen(date, amount, hedged, members[0].Report.ActorSlugs, articles.Count);
    }
}
