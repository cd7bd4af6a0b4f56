namespace AiWatch.Core.Storage.Statistics;

/// <summary>
/// The SQL of the pre-aggregated statistics (Model/Statistics.cs): triggers that keep them in step with every
/// write to the fact tables, whatever writes them (ingestion, re-analysis, deletion, the admin pages, tests
/// inserting rows directly), and the full recompute. Each trigger touches only the rows of the fact it follows:
/// an insert adds one to a few counters, a delete takes it back, so a write costs a few index lookups.
/// </summary>
/// <remarks>
/// Deleting an article cascades to its mentions after the article row is gone, so the per-day counts, which
/// need the article's date, are taken back by a BEFORE DELETE trigger on Articles instead; the mention trigger
/// finds no article then and leaves them alone. The timeline rows depend on grouping decisions made elsewhere
/// (EventGrouping), so they are recomputed, not counted: every change to an event, its actors, its group or
/// its article's date recomputes the one or two timeline entries it belongs to.
/// </remarks>
internal static class StatisticsSql
{
    public static readonly string CreateTriggers = string.Join("\n", new[]
    {
        Trigger("stats_mentions_ai", "AFTER INSERT ON Mentions", AddMention("new")),
        Trigger("stats_mentions_ad", "AFTER DELETE ON Mentions", RemoveMention("old")),
        Trigger("stats_mentions_au", "AFTER UPDATE OF ArticleId, ActorId, Kind ON Mentions", RemoveMention("old") + AddMention("new")),
        Trigger("stats_articles_bd", "BEFORE DELETE ON Articles", RemoveDay("old.Id", "old.PublishedDate")),
        Trigger("stats_articles_au", "AFTER UPDATE OF PublishedDate ON Articles WHEN old.PublishedDate IS NOT new.PublishedDate",
            RemoveDay("old.Id", "old.PublishedDate") + AddDay("new.Id", "new.PublishedDate")
            + "UPDATE ArticleActors SET PublishedDate = new.PublishedDate WHERE ArticleId = new.Id;\n"
            + RefreshTimelineSet("SELECT DISTINCT coalesce(GroupId, -Id) AS k FROM Events WHERE ArticleId = new.Id")),
        Trigger("stats_comentions_ai", "AFTER INSERT ON CoMentions", AddPair("new")),
        Trigger("stats_comentions_ad", "AFTER DELETE ON CoMentions", RemovePair("old")),
        Trigger("stats_comentions_au", "AFTER UPDATE OF ActorAId, ActorBId, SentenceCount ON CoMentions", RemovePair("old") + AddPair("new")),
        Trigger("stats_events_ai", "AFTER INSERT ON Events", RefreshTimeline("coalesce(new.GroupId, -new.Id)")),
        Trigger("stats_events_ad", "AFTER DELETE ON Events", RefreshTimeline("coalesce(old.GroupId, -old.Id)")),
        Trigger("stats_events_au", "AFTER UPDATE OF ArticleId, GroupId, Type, DateStart, AmountValue, AmountCurrency ON Events",
            RefreshTimeline("coalesce(old.GroupId, -old.Id)") + RefreshTimeline("coalesce(new.GroupId, -new.Id)")),
        Trigger("stats_eventactors_ai", "AFTER INSERT ON EventActors", AddEventActor("new")),
        Trigger("stats_eventactors_ad", "AFTER DELETE ON EventActors", RemoveEventActor("old")),
        Trigger("stats_eventactors_au", "AFTER UPDATE ON EventActors", RemoveEventActor("old") + AddEventActor("new")),
        Trigger("stats_eventgroups_au", "AFTER UPDATE ON EventGroups", RefreshTimeline("old.Id") + RefreshTimeline("new.Id")),
        Trigger("stats_eventgroups_ad", "AFTER DELETE ON EventGroups", RefreshTimeline("old.Id")),
    });

    public const string DropTriggers = @"
DROP TRIGGER IF EXISTS stats_mentions_ai; DROP TRIGGER IF EXISTS stats_mentions_ad; DROP TRIGGER IF EXISTS stats_mentions_au;
DROP TRIGGER IF EXISTS stats_articles_bd; DROP TRIGGER IF EXISTS stats_articles_au;
DROP TRIGGER IF EXISTS stats_comentions_ai; DROP TRIGGER IF EXISTS stats_comentions_ad; DROP TRIGGER IF EXISTS stats_comentions_au;
DROP TRIGGER IF EXISTS stats_events_ai; DROP TRIGGER IF EXISTS stats_events_ad; DROP TRIGGER IF EXISTS stats_events_au;
DROP TRIGGER IF EXISTS stats_eventactors_ai; DROP TRIGGER IF EXISTS stats_eventactors_ad; DROP TRIGGER IF EXISTS stats_eventactors_au;
DROP TRIGGER IF EXISTS stats_eventgroups_au; DROP TRIGGER IF EXISTS stats_eventgroups_ad;";

    /// <summary>Every statistic recomputed from the fact tables, in one pass per table.</summary>
    public static readonly string Rebuild = @"
DELETE FROM ActorStats; DELETE FROM ActorDailyMentions; DELETE FROM ArticleActors; DELETE FROM ActorPairs;
DELETE FROM TimelineEntries; DELETE FROM TimelineActors;
INSERT INTO ActorStats(ActorId, Mentions, EpithetMentions)
    SELECT ActorId, sum(Kind = 0), sum(Kind <> 0) FROM Mentions GROUP BY ActorId;
INSERT INTO ArticleActors(ArticleId, ActorId, PublishedDate, Mentions, EpithetMentions)
    SELECT m.ArticleId, m.ActorId, a.PublishedDate, sum(m.Kind = 0), sum(m.Kind <> 0)
    FROM Mentions m JOIN Articles a ON a.Id = m.ArticleId GROUP BY m.ArticleId, m.ActorId;
INSERT INTO ActorDailyMentions(ActorId, Day, Count)
    SELECT ActorId, PublishedDate, sum(Mentions) FROM ArticleActors
    WHERE PublishedDate IS NOT NULL AND Mentions > 0 GROUP BY ActorId, PublishedDate;
INSERT INTO ActorPairs(ActorAId, ActorBId, Sentences, Articles)
    SELECT ActorAId, ActorBId, sum(SentenceCount), count(*) FROM CoMentions GROUP BY ActorAId, ActorBId;
" + RefreshTimelineSet("SELECT DISTINCT coalesce(GroupId, -Id) AS k FROM Events");

    private static string Trigger(string name, string when, string body) => $"CREATE TRIGGER {name} {when} BEGIN\n{body}END;\n";

    // Booleans are 0 or 1 in SQLite: (Kind = 0) counts a mention by name, (Kind <> 0) one by epithet.
    private static string AddMention(string row) => $@"
INSERT INTO ActorStats(ActorId, Mentions, EpithetMentions) VALUES ({row}.ActorId, {row}.Kind = 0, {row}.Kind <> 0)
    ON CONFLICT(ActorId) DO UPDATE SET Mentions = Mentions + excluded.Mentions, EpithetMentions = EpithetMentions + excluded.EpithetMentions;
INSERT INTO ArticleActors(ArticleId, ActorId, PublishedDate, Mentions, EpithetMentions)
    SELECT {row}.ArticleId, {row}.ActorId, a.PublishedDate, {row}.Kind = 0, {row}.Kind <> 0 FROM Articles a WHERE a.Id = {row}.ArticleId
    ON CONFLICT(ArticleId, ActorId) DO UPDATE SET Mentions = Mentions + excluded.Mentions, EpithetMentions = EpithetMentions + excluded.EpithetMentions;
INSERT INTO ActorDailyMentions(ActorId, Day, Count)
    SELECT {row}.ActorId, a.PublishedDate, 1 FROM Articles a WHERE a.Id = {row}.ArticleId AND a.PublishedDate IS NOT NULL AND {row}.Kind = 0
    ON CONFLICT(ActorId, Day) DO UPDATE SET Count = Count + 1;
";

    private static string RemoveMention(string row) => $@"
UPDATE ActorStats SET Mentions = Mentions - ({row}.Kind = 0), EpithetMentions = EpithetMentions - ({row}.Kind <> 0) WHERE ActorId = {row}.ActorId;
DELETE FROM ActorStats WHERE ActorId = {row}.ActorId AND Mentions <= 0 AND EpithetMentions <= 0;
UPDATE ArticleActors SET Mentions = Mentions - ({row}.Kind = 0), EpithetMentions = EpithetMentions - ({row}.Kind <> 0)
    WHERE ArticleId = {row}.ArticleId AND ActorId = {row}.ActorId;
DELETE FROM ArticleActors WHERE ArticleId = {row}.ArticleId AND ActorId = {row}.ActorId AND Mentions <= 0 AND EpithetMentions <= 0;
UPDATE ActorDailyMentions SET Count = Count - 1
    WHERE {row}.Kind = 0 AND ActorId = {row}.ActorId AND Day = (SELECT PublishedDate FROM Articles WHERE Id = {row}.ArticleId);
DELETE FROM ActorDailyMentions
    WHERE ActorId = {row}.ActorId AND Day = (SELECT PublishedDate FROM Articles WHERE Id = {row}.ArticleId) AND Count <= 0;
";

    /// <summary>Takes an article's mentions by name back from the per-day counts of <paramref name="day"/>.</summary>
    private static string RemoveDay(string articleId, string day) => $@"
UPDATE ActorDailyMentions
    SET Count = Count - (SELECT count(*) FROM Mentions m WHERE m.ArticleId = {articleId} AND m.ActorId = ActorDailyMentions.ActorId AND m.Kind = 0)
    WHERE Day = {day} AND ActorId IN (SELECT ActorId FROM Mentions WHERE ArticleId = {articleId} AND Kind = 0);
DELETE FROM ActorDailyMentions WHERE Day = {day} AND Count <= 0 AND ActorId IN (SELECT ActorId FROM Mentions WHERE ArticleId = {articleId});
";

    private static string AddDay(string articleId, string day) => $@"
INSERT INTO ActorDailyMentions(ActorId, Day, Count)
    SELECT ActorId, {day}, count(*) FROM Mentions WHERE ArticleId = {articleId} AND Kind = 0 AND {day} IS NOT NULL GROUP BY ActorId
    ON CONFLICT(ActorId, Day) DO UPDATE SET Count = Count + excluded.Count;
";

    private static string AddPair(string row) => $@"
INSERT INTO ActorPairs(ActorAId, ActorBId, Sentences, Articles) VALUES ({row}.ActorAId, {row}.ActorBId, {row}.SentenceCount, 1)
    ON CONFLICT(ActorAId, ActorBId) DO UPDATE SET Sentences = Sentences + excluded.Sentences, Articles = Articles + 1;
";

    private static string RemovePair(string row) => $@"
UPDATE ActorPairs SET Sentences = Sentences - {row}.SentenceCount, Articles = Articles - 1
    WHERE ActorAId = {row}.ActorAId AND ActorBId = {row}.ActorBId;
DELETE FROM ActorPairs WHERE ActorAId = {row}.ActorAId AND ActorBId = {row}.ActorBId AND Articles <= 0;
";

    private const string EntryColumns = "SortDate = excluded.SortDate, FirstEventId = excluded.FirstEventId, Type = excluded.Type, "
        + "AmountValue = excluded.AmountValue, AmountCurrency = excluded.AmountCurrency";

    /// <summary>Recomputes the timeline entry of one key (an SQL expression), as <see cref="Refresh"/> says.</summary>
    private static string RefreshTimeline(string key) => Refresh($"= ({key})", $"= -({key})");

    /// <summary>Recomputes the timeline entries of the keys a SELECT of one column named k yields.</summary>
    private static string RefreshTimelineSet(string keys) => Refresh($"IN ({keys})", $"IN (SELECT -k FROM ({keys}))");

    /// <summary>
    /// Recomputes timeline entries and their actors: those whose key satisfies <paramref name="isKey"/> ("= (…)" or
    /// "IN (…)"), the events of ungrouped ones satisfying <paramref name="isEventOfKey"/>; an entry left without
    /// reports is deleted. Mirrors how the pages summarise a group: its date's first day, else the earliest
    /// publication of its reports; its amount, else the first report's. One key compares with "=", which SQLite
    /// evaluates once, where "IN (SELECT …)" would build a temporary table for each statement of each trigger.
    /// </summary>
    private static string Refresh(string isKey, string isEventOfKey) => $@"
DELETE FROM TimelineEntries WHERE EntryKey {isKey}
    AND NOT EXISTS (SELECT 1 FROM Events e WHERE e.GroupId = TimelineEntries.EntryKey)
    AND NOT EXISTS (SELECT 1 FROM Events e WHERE e.Id = -TimelineEntries.EntryKey AND e.GroupId IS NULL);
INSERT INTO TimelineEntries(EntryKey, SortDate, FirstEventId, Type, AmountValue, AmountCurrency)
    SELECT g.Id,
        coalesce(g.DateStart, (SELECT min(a.PublishedDate) FROM Events e JOIN Articles a ON a.Id = e.ArticleId WHERE e.GroupId = g.Id)),
        (SELECT min(e.Id) FROM Events e WHERE e.GroupId = g.Id),
        g.Type,
        coalesce(g.AmountValue, ({FirstReport("AmountValue")})),
        coalesce(g.AmountCurrency, ({FirstReport("AmountCurrency")}))
    FROM EventGroups g WHERE g.Id {isKey} AND EXISTS (SELECT 1 FROM Events e WHERE e.GroupId = g.Id)
    ON CONFLICT(EntryKey) DO UPDATE SET {EntryColumns};
INSERT INTO TimelineEntries(EntryKey, SortDate, FirstEventId, Type, AmountValue, AmountCurrency)
    SELECT -e.Id, coalesce(e.DateStart, a.PublishedDate), e.Id, e.Type, e.AmountValue, e.AmountCurrency
    FROM Events e LEFT JOIN Articles a ON a.Id = e.ArticleId
    WHERE e.Id {isEventOfKey} AND e.GroupId IS NULL
    ON CONFLICT(EntryKey) DO UPDATE SET {EntryColumns};
DELETE FROM TimelineActors WHERE EntryKey {isKey};
INSERT OR IGNORE INTO TimelineActors(ActorId, EntryKey, SortDate, FirstEventId, Type, AmountValue, AmountCurrency)
    SELECT x.ActorId, t.EntryKey, t.SortDate, t.FirstEventId, t.Type, t.AmountValue, t.AmountCurrency
    FROM TimelineEntries t JOIN Events e ON e.GroupId = t.EntryKey JOIN EventActors x ON x.EventId = e.Id
    WHERE t.EntryKey {isKey}
    UNION ALL
    SELECT x.ActorId, t.EntryKey, t.SortDate, t.FirstEventId, t.Type, t.AmountValue, t.AmountCurrency
    FROM TimelineEntries t JOIN Events e ON e.Id = -t.EntryKey AND e.GroupId IS NULL JOIN EventActors x ON x.EventId = e.Id
    WHERE t.EntryKey {isKey};
";

    /// <summary>A column of the group's first report that has an amount (earliest published, then article, then position).</summary>
    private static string FirstReport(string column) => $@"SELECT e.{column} FROM Events e JOIN Articles a ON a.Id = e.ArticleId
            WHERE e.GroupId = g.Id AND e.AmountValue IS NOT NULL
            ORDER BY a.PublishedDate IS NULL, a.PublishedDate, e.ArticleId, e.EvidenceStart LIMIT 1";

    /// <summary>An actor added to a report: the actor joins the report's entry (a no-op while the entry is not built yet).</summary>
    private static string AddEventActor(string row) => $@"
INSERT OR IGNORE INTO TimelineActors(ActorId, EntryKey, SortDate, FirstEventId, Type, AmountValue, AmountCurrency)
    SELECT {row}.ActorId, t.EntryKey, t.SortDate, t.FirstEventId, t.Type, t.AmountValue, t.AmountCurrency
    FROM Events e JOIN TimelineEntries t ON t.EntryKey = coalesce(e.GroupId, -e.Id) WHERE e.Id = {row}.EventId;
";

    /// <summary>An actor taken off a report leaves the entry unless another of its reports names them.</summary>
    private static string RemoveEventActor(string row) => $@"
DELETE FROM TimelineActors
    WHERE ActorId = {row}.ActorId
    AND EntryKey = (SELECT coalesce(e.GroupId, -e.Id) FROM Events e WHERE e.Id = {row}.EventId)
    AND NOT EXISTS (
        SELECT 1 FROM Events e JOIN EventActors x ON x.EventId = e.Id
        WHERE x.ActorId = {row}.ActorId AND coalesce(e.GroupId, -e.Id) = TimelineActors.EntryKey
        AND (e.GroupId = TimelineActors.EntryKey OR e.Id = -TimelineActors.EntryKey));
";
}
