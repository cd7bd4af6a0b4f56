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
/// its article's date recomputes the one or two timeline entries it belongs to. An entry's actors are kept
/// incrementally (a report's actors join, actors no report names any more leave), since recomputing them reads
/// every report of the group, and groups grow with the corpus.
/// </remarks>
internal static class StatisticsSql
{
    /// <summary>
    /// Every statistics trigger. When <paramref name="deferrable"/>, a bulk writer's new events join their timeline
    /// entries in one statement per batch (<see cref="JoinDeferredEvents"/>) rather than one trigger run per event
    /// and per event actor, and a group's summary refreshes its entry only when what the entry copies changed
    /// (<see cref="GroupSummaryTrigger"/>); without, the triggers as the Statistics and IncrementalTimeline
    /// migrations made them.
    /// </summary>
    public static string CreateTriggers(bool deferrable) => string.Join("\n", new[]
    {
        MentionInsertTrigger(countedByWriter: true),
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
        Trigger("stats_events_ai", "AFTER INSERT ON Events" + NotDeferred("new.Id", deferrable), JoinEntry("new.Id", NewEventKey)),
        Trigger("stats_events_ad", "AFTER DELETE ON Events", LeaveEntry(OldEventKey)),
        // A report that stays in its entry only changes it; one that moves leaves one entry and joins another.
        Trigger("stats_events_au", "AFTER UPDATE OF ArticleId, GroupId, Type, DateStart, AmountValue, AmountCurrency ON Events"
            + $" WHEN {OldEventKey} = {NewEventKey}", JoinEntry("new.Id", NewEventKey)),
        Trigger("stats_events_au_moved", "AFTER UPDATE OF ArticleId, GroupId, Type, DateStart, AmountValue, AmountCurrency ON Events"
            + $" WHEN {OldEventKey} <> {NewEventKey}", LeaveEntry(OldEventKey) + JoinEntry("new.Id", NewEventKey)),
        Trigger("stats_eventactors_ai", "AFTER INSERT ON EventActors" + NotDeferred("new.EventId", deferrable), AddEventActor("new")),
        Trigger("stats_eventactors_ad", "AFTER DELETE ON EventActors", RemoveEventActor("old")),
        Trigger("stats_eventactors_au", "AFTER UPDATE ON EventActors", RemoveEventActor("old") + AddEventActor("new")),
        GroupSummaryTrigger(onlyWhenTheEntryChanges: deferrable),
        Trigger("stats_eventgroups_au_moved", "AFTER UPDATE ON EventGroups WHEN old.Id <> new.Id", LeaveEntry("old.Id") + LeaveEntry("new.Id")),
        Trigger("stats_eventgroups_ad", "AFTER DELETE ON EventGroups", LeaveEntry("old.Id")),
    });

    /// <summary>
    /// The last event id stored before a bulk writer's batch: the insert triggers of events and their actors leave
    /// newer ones to <see cref="JoinDeferredEvents"/>. Each trigger run recomputed its entry and brought its actors'
    /// copies up to date, once per event of a group and again per group update; a batch does it once per entry. The
    /// row lives only inside the writer's transaction, so no other connection ever sees one (nor a half-updated
    /// timeline: readers see the batch when it commits, joined).
    /// </summary>
    public const string CreateTimelineDeferral =
        "CREATE TABLE IF NOT EXISTS TimelineDeferred (Id INTEGER PRIMARY KEY CHECK (Id = 1), EventsAfter INTEGER NOT NULL);";

    public const string DropTimelineDeferral = "DROP TABLE IF EXISTS TimelineDeferred;";

    /// <summary>Leaves the events inserted from now on (ids above every stored one: Events has AUTOINCREMENT) to <see cref="JoinDeferredEvents"/>.</summary>
    public const string DeferNewEvents = "INSERT INTO TimelineDeferred(Id, EventsAfter) VALUES (1, (SELECT coalesce(max(Id), 0) FROM Events));";

    private const string DeferredEntryKeys =
        "SELECT DISTINCT coalesce(GroupId, -Id) AS k FROM Events WHERE Id > (SELECT EventsAfter FROM TimelineDeferred)";

    /// <summary>
    /// What the insert triggers left, for all the deferred events at once: their entries recomputed and their
    /// actors' copies brought up to date, then each event's actors added to its entry; then the end of the deferral.
    /// </summary>
    public static readonly string JoinDeferredEvents = Entry($"IN ({DeferredEntryKeys})", $"IN (SELECT -k FROM ({DeferredEntryKeys}))")
        + SyncEntryActors($"IN ({DeferredEntryKeys})") + @"
INSERT OR IGNORE INTO TimelineActors(ActorId, EntryKey, SortDate, FirstEventId, Type, AmountValue, AmountCurrency)
    SELECT x.ActorId, t.EntryKey, t.SortDate, t.FirstEventId, t.Type, t.AmountValue, t.AmountCurrency
    FROM Events e JOIN EventActors x ON x.EventId = e.Id JOIN TimelineEntries t ON t.EntryKey = coalesce(e.GroupId, -e.Id)
    WHERE e.Id > (SELECT EventsAfter FROM TimelineDeferred);
DELETE FROM TimelineDeferred;
";

    private static string NotDeferred(string eventId, bool deferrable) =>
        deferrable ? $" WHEN NOT EXISTS (SELECT 1 FROM TimelineDeferred d WHERE {eventId} > d.EventsAfter)" : "";

    /// <summary>
    /// A group's summary changing changes its entry, not who reported it. With <paramref name="onlyWhenTheEntryChanges"/>,
    /// only a change to what the entry copies from the group (its date, type and amount) refreshes it: almost every
    /// new report changes the group's source count, and recomputing the entry for it cost a bulk import a tenth of
    /// its writer's time for nothing (the new report's own insert refreshes the entry anyway).
    /// </summary>
    private static string GroupSummaryTrigger(bool onlyWhenTheEntryChanges) => Trigger("stats_eventgroups_au",
        "AFTER UPDATE ON EventGroups WHEN old.Id = new.Id" + (onlyWhenTheEntryChanges
            ? " AND (old.DateStart, old.Type, old.AmountValue, old.AmountCurrency) IS NOT (new.DateStart, new.Type, new.AmountValue, new.AmountCurrency)"
            : ""),
        RefreshEntry("new.Id"));

    /// <summary>
    /// Counts a new mention, unless the writer of its article adds up all of the article's mentions at once
    /// (<see cref="AddArticleMentions"/>): with <paramref name="countedByWriter"/>, mentions of an article listed in
    /// MentionStatsPending are left to it.
    /// </summary>
    public static string MentionInsertTrigger(bool countedByWriter) => Trigger("stats_mentions_ai",
        "AFTER INSERT ON Mentions" + (countedByWriter ? " WHEN NOT EXISTS (SELECT 1 FROM MentionStatsPending p WHERE p.ArticleId = new.ArticleId)" : ""),
        AddMention("new"));

    /// <summary>
    /// Articles whose writer counts their mentions itself. A new article names a few actors sixteen times on
    /// average: three upserts and two lookups per mention cost a bulk import about a seventh of its time, three
    /// statements per article much less. A row lives only inside the writer's transaction (added before the
    /// article's mentions, removed by <see cref="AddArticleMentions"/>, or for a bulk batch by
    /// <see cref="AddPendingMentions"/> before it commits), so no other connection ever sees one.
    /// </summary>
    public const string CreateMentionStatsPending = "CREATE TABLE IF NOT EXISTS MentionStatsPending (ArticleId INTEGER PRIMARY KEY);";

    public const string DropMentionStatsPending = "DROP TABLE IF EXISTS MentionStatsPending;";

    /// <summary>Marks the article $v as counted by its writer, before its mentions are inserted.</summary>
    public const string MarkMentionsPending = "INSERT INTO MentionStatsPending(ArticleId) VALUES ($v);";

    /// <summary>What the insert trigger does for each mention, for all the mentions of the article $v at once; then unmarks it.</summary>
    public static readonly string AddArticleMentions = AddMentionsOf("= $v") + "DELETE FROM MentionStatsPending WHERE ArticleId = $v;\n";

    /// <summary>
    /// <see cref="AddArticleMentions"/> for every article marked pending, in three statements: a bulk writer marks
    /// the articles of its batch as it stores them and counts them all before it commits (three statements per
    /// article had become a seventh of its time), or before it changes an article it stored earlier in the batch.
    /// </summary>
    public static readonly string AddPendingMentions = AddMentionsOf("IN (SELECT ArticleId FROM MentionStatsPending)") + "DELETE FROM MentionStatsPending;\n";

    // An upsert's SELECT needs a WHERE clause (else SQLite reads ON CONFLICT as a join's ON): every one has one.
    private static string AddMentionsOf(string isArticle) => $@"
INSERT INTO ActorStats(ActorId, Mentions, EpithetMentions)
    SELECT ActorId, sum(Kind = 0), sum(Kind <> 0) FROM Mentions WHERE ArticleId {isArticle} GROUP BY ActorId
    ON CONFLICT(ActorId) DO UPDATE SET Mentions = Mentions + excluded.Mentions, EpithetMentions = EpithetMentions + excluded.EpithetMentions;
INSERT INTO ArticleActors(ArticleId, ActorId, PublishedDate, Mentions, EpithetMentions)
    SELECT m.ArticleId, m.ActorId, a.PublishedDate, sum(m.Kind = 0), sum(m.Kind <> 0)
    FROM Mentions m JOIN Articles a ON a.Id = m.ArticleId WHERE m.ArticleId {isArticle} GROUP BY m.ArticleId, m.ActorId
    ON CONFLICT(ArticleId, ActorId) DO UPDATE SET Mentions = Mentions + excluded.Mentions, EpithetMentions = EpithetMentions + excluded.EpithetMentions;
INSERT INTO ActorDailyMentions(ActorId, Day, Count)
    SELECT m.ActorId, a.PublishedDate, count(*) FROM Mentions m JOIN Articles a ON a.Id = m.ArticleId
    WHERE m.ArticleId {isArticle} AND m.Kind = 0 AND a.PublishedDate IS NOT NULL GROUP BY m.ActorId, a.PublishedDate
    ON CONFLICT(ActorId, Day) DO UPDATE SET Count = Count + excluded.Count;
";

    /// <summary>The timeline key of an event: its group's id, or minus its own id when it has no group.</summary>
    private const string OldEventKey = "coalesce(old.GroupId, -old.Id)";

    private const string NewEventKey = "coalesce(new.GroupId, -new.Id)";

    /// <summary>
    /// Only the rows a grouped report's amount is taken from (<see cref="FirstReport"/>): most groups have no report
    /// with an amount, and without it finding that out meant reading every report of the group.
    /// </summary>
    public const string CreateAmountIndex =
        "CREATE INDEX IF NOT EXISTS IX_Events_GroupId_WithAmount ON Events (GroupId) WHERE AmountValue IS NOT NULL;";

    public const string DropAmountIndex = "DROP INDEX IF EXISTS IX_Events_GroupId_WithAmount;";

    public const string DropTriggers = @"
DROP TRIGGER IF EXISTS stats_mentions_ai; DROP TRIGGER IF EXISTS stats_mentions_ad; DROP TRIGGER IF EXISTS stats_mentions_au;
DROP TRIGGER IF EXISTS stats_articles_bd; DROP TRIGGER IF EXISTS stats_articles_au;
DROP TRIGGER IF EXISTS stats_comentions_ai; DROP TRIGGER IF EXISTS stats_comentions_ad; DROP TRIGGER IF EXISTS stats_comentions_au;
DROP TRIGGER IF EXISTS stats_events_ai; DROP TRIGGER IF EXISTS stats_events_ad; DROP TRIGGER IF EXISTS stats_events_au;
DROP TRIGGER IF EXISTS stats_events_au_moved; DROP TRIGGER IF EXISTS stats_eventgroups_au_moved;
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

    // An entry is rewritten only when it changed: most new reports of a group leave its date, first report and
    // amount as they were, and rewriting a row rewrites its index entries too.
    private const string EntryColumns = "SortDate = excluded.SortDate, FirstEventId = excluded.FirstEventId, Type = excluded.Type, "
        + "AmountValue = excluded.AmountValue, AmountCurrency = excluded.AmountCurrency "
        + "WHERE (SortDate, FirstEventId, Type, AmountValue, AmountCurrency) "
        + "IS NOT (excluded.SortDate, excluded.FirstEventId, excluded.Type, excluded.AmountValue, excluded.AmountCurrency)";

    /// <summary>
    /// A report joined the entry of <paramref name="key"/> (an SQL expression), or changed inside it: the entry is
    /// recomputed and its actors' copies of it brought up to date, and the report's own actors join it. Only the
    /// entry's few actors are touched, not every report of the group: a group reported by hundreds of articles
    /// used to cost hundreds of lookups for each new report.
    /// </summary>
    private static string JoinEntry(string eventId, string key) => Entry($"= ({key})", $"= -({key})") + SyncEntryActors($"= ({key})") + $@"
INSERT OR IGNORE INTO TimelineActors(ActorId, EntryKey, SortDate, FirstEventId, Type, AmountValue, AmountCurrency)
    SELECT x.ActorId, t.EntryKey, t.SortDate, t.FirstEventId, t.Type, t.AmountValue, t.AmountCurrency
    FROM TimelineEntries t JOIN EventActors x ON x.EventId = {eventId} WHERE t.EntryKey = ({key});
";

    /// <summary>
    /// A report left the entry of <paramref name="key"/>, or the group behind it changed: the entry is recomputed
    /// (deleted when no report is left) and so are its actors, those no remaining report names removed.
    /// </summary>
    private static string LeaveEntry(string key) => Entry($"= ({key})", $"= -({key})") + $@"
DELETE FROM TimelineActors WHERE EntryKey = ({key})
    AND (NOT EXISTS (SELECT 1 FROM TimelineEntries t WHERE t.EntryKey = ({key}))
        OR NOT EXISTS (SELECT 1 FROM Events e CROSS JOIN EventActors x
            WHERE e.GroupId = ({key}) AND x.EventId = e.Id AND x.ActorId = TimelineActors.ActorId)
        AND NOT EXISTS (SELECT 1 FROM Events e CROSS JOIN EventActors x
            WHERE e.Id = -({key}) AND e.GroupId IS NULL AND x.EventId = e.Id AND x.ActorId = TimelineActors.ActorId));
" + SyncEntryActors($"= ({key})");

    /// <summary>The entry of <paramref name="key"/> recomputed, its actors following it (and going with it when it is gone).</summary>
    private static string RefreshEntry(string key) => Entry($"= ({key})", $"= -({key})") + $@"
DELETE FROM TimelineActors WHERE EntryKey = ({key}) AND NOT EXISTS (SELECT 1 FROM TimelineEntries t WHERE t.EntryKey = ({key}));
" + SyncEntryActors($"= ({key})");

    /// <summary>
    /// The actors' copies of an entry's date, first report, type and amount, set from the entry, for the entries
    /// whose key satisfies <paramref name="isKey"/> ("= (…)" or "IN (…)").
    /// </summary>
    private static string SyncEntryActors(string isKey) => $@"
UPDATE TimelineActors SET (SortDate, FirstEventId, Type, AmountValue, AmountCurrency) =
    (SELECT t.SortDate, t.FirstEventId, t.Type, t.AmountValue, t.AmountCurrency FROM TimelineEntries t WHERE t.EntryKey = TimelineActors.EntryKey)
    WHERE EntryKey {isKey} AND EXISTS (SELECT 1 FROM TimelineEntries t WHERE t.EntryKey = TimelineActors.EntryKey
        AND (t.SortDate, t.FirstEventId, t.Type, t.AmountValue, t.AmountCurrency)
        IS NOT (TimelineActors.SortDate, TimelineActors.FirstEventId, TimelineActors.Type, TimelineActors.AmountValue, TimelineActors.AmountCurrency));
";

    /// <summary>Recomputes the timeline entries of the keys a SELECT of one column named k yields.</summary>
    private static string RefreshTimelineSet(string keys) => Refresh($"IN ({keys})", $"IN (SELECT -k FROM ({keys}))");

    /// <summary>
    /// Recomputes timeline entries and their actors: those whose key satisfies <paramref name="isKey"/> ("= (…)" or
    /// "IN (…)"), the events of ungrouped ones satisfying <paramref name="isEventOfKey"/>; an entry left without
    /// reports is deleted. Mirrors how the pages summarise a group: its date's first day, else the earliest
    /// publication of its reports; its amount, else the first report's. One key compares with "=", which SQLite
    /// evaluates once, where "IN (SELECT …)" would build a temporary table for each statement of each trigger.
    /// </summary>
    private static string Refresh(string isKey, string isEventOfKey) => Entry(isKey, isEventOfKey) + $@"
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

    /// <summary>The timeline entries themselves, without their actors (see <see cref="Refresh"/>).</summary>
    private static string Entry(string isKey, string isEventOfKey) => $@"
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
