using System.Globalization;

namespace AiWatch.Core.Storage;

/// <summary>
/// One of the first reports of a group (earliest published first, then by article and position), with what the
/// pages say of all of them: how many there are, and whether every report giving the group's date gave it as
/// approximate.
/// </summary>
public sealed record LeadReport(int EventId, int GroupId, int Reports, bool DateApproximate);

public static class EventGroupQueries
{
    /// <summary>
    /// The first <paramref name="perGroup"/> reports of each group, read in one pass in SQLite: a group reported by
    /// hundreds of articles is summed up without loading each report (and each article's text for its link).
    /// </summary>
    public static async Task<IReadOnlyList<LeadReport>> LeadReportsAsync(this AiWatchDbContext db, IReadOnlyCollection<int> groupIds, int perGroup, CancellationToken ct = default)
    {
        if (groupIds.Count == 0)
        {
            return [];
        }
        // The ids are integers formatted here, safe to inline; min() over no row is NULL: no report gives the date outright.
        return await RawSql.ListAsync(db, $@"SELECT Id, GroupId, Reports, coalesce(Approximate, 1) FROM (
                SELECT e.Id, e.GroupId,
                    row_number() OVER (PARTITION BY e.GroupId ORDER BY a.PublishedDate IS NULL, a.PublishedDate, e.ArticleId, e.EvidenceStart) AS Position,
                    count(*) OVER (PARTITION BY e.GroupId) AS Reports,
                    min(CASE WHEN e.Date = g.Date THEN e.DateApproximate END) OVER (PARTITION BY e.GroupId) AS Approximate
                FROM Events e JOIN Articles a ON a.Id = e.ArticleId JOIN EventGroups g ON g.Id = e.GroupId
                WHERE e.GroupId IN ({string.Join(",", groupIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))}))
                WHERE Position <= $perGroup ORDER BY GroupId, Position",
            [("$perGroup", perGroup)],
            reader => new LeadReport(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3) != 0), ct);
    }
}
