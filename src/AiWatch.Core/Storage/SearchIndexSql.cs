namespace AiWatch.Core.Storage;

/// <summary>
/// The triggers that keep <c>search_index</c> (rowid = id * 4 + kind: 1 article, 2 quote, 3 claim) in step with
/// articles, quotes and claims, and the deferral a bulk writer uses instead of them for the rows it inserts.
/// </summary>
/// <remarks>
/// Inside a transaction, every statement that writes to an FTS5 table through a trigger opens a statement
/// savepoint, and FTS5 writes its pending terms to disk as a new segment at each savepoint: a row per statement
/// meant a segment per row, each merged again later, about three times the work of indexing the same rows in
/// one statement. A bulk writer lists the last ids stored before its batch in <c>SearchRowsDeferred</c>; the
/// triggers leave newer rows to it, and it indexes them all in one statement before committing
/// (<see cref="IndexDeferredRows"/>). The row lives only inside the writer's transaction: no other connection
/// ever sees it, and a crash takes it away with the batch.
/// </remarks>
public static class SearchIndexSql
{
    public const string CreateDeferral = """
        CREATE TABLE IF NOT EXISTS SearchRowsDeferred (
            Id INTEGER PRIMARY KEY CHECK (Id = 1),
            ArticlesAfter INTEGER NOT NULL, QuotesAfter INTEGER NOT NULL, ClaimsAfter INTEGER NOT NULL);
        """;

    public const string DropDeferral = "DROP TABLE IF EXISTS SearchRowsDeferred;";

    /// <summary>Leaves the search rows of articles, quotes and claims inserted from now on to <see cref="IndexDeferredRows"/>.</summary>
    public const string DeferNewRows = """
        INSERT INTO SearchRowsDeferred(Id, ArticlesAfter, QuotesAfter, ClaimsAfter) VALUES (1,
            (SELECT coalesce(max(Id), 0) FROM Articles), (SELECT coalesce(max(Id), 0) FROM Quotes), (SELECT coalesce(max(Id), 0) FROM Claims));
        """;

    /// <summary>
    /// The rows the triggers left, in rowid order (FTS5 writes its pending terms out whenever a rowid goes back),
    /// then the end of the deferral.
    /// </summary>
    public const string IndexDeferredRows = """
        INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
            SELECT Id * 4 + 1, 'article', Id, Id, Title, Text FROM Articles
                WHERE Id > (SELECT ArticlesAfter FROM SearchRowsDeferred)
            UNION ALL
            SELECT q.Id * 4 + 2, 'quote', q.Id, q.ArticleId, coalesce(a.Name, q.SpeakerName), q.Text
                FROM Quotes q LEFT JOIN Actors a ON a.Id = q.SpeakerActorId WHERE q.Id > (SELECT QuotesAfter FROM SearchRowsDeferred)
            UNION ALL
            SELECT c.Id * 4 + 3, 'claim', c.Id, c.ArticleId, a.Name, c.Text
                FROM Claims c LEFT JOIN Actors a ON a.Id = c.SpeakerActorId WHERE c.Id > (SELECT ClaimsAfter FROM SearchRowsDeferred)
            ORDER BY 1;
        DELETE FROM SearchRowsDeferred;
        """;

    /// <summary>
    /// The insert and update triggers; when <paramref name="deferrable"/>, each leaves the rows a bulk writer
    /// defers to it (without, the triggers as SearchIndex and SearchIndexFollowsEdits made them).
    /// </summary>
    public static string CreateTriggers(bool deferrable)
    {
        string When(string afterColumn) => deferrable ? $" WHEN NOT EXISTS (SELECT 1 FROM SearchRowsDeferred d WHERE new.Id > d.{afterColumn})" : "";
        // A renamed speaker's deferred quotes and claims get the new name when they are indexed.
        string NotDeferred(string afterColumn) => deferrable ? $" AND Id <= coalesce((SELECT {afterColumn} FROM SearchRowsDeferred), Id)" : "";
        return string.Join("\n", new[]
        {
            Trigger("articles_ai", "AFTER INSERT ON Articles" + When("ArticlesAfter"), InsertArticle),
            Trigger("articles_au", "AFTER UPDATE OF Title, Text ON Articles" + When("ArticlesAfter"),
                "DELETE FROM search_index WHERE rowid = old.Id * 4 + 1;\n" + InsertArticle),
            Trigger("quotes_ai", "AFTER INSERT ON Quotes" + When("QuotesAfter"), InsertQuote),
            Trigger("quotes_au", "AFTER UPDATE ON Quotes" + When("QuotesAfter"),
                "DELETE FROM search_index WHERE rowid = old.Id * 4 + 2;\n" + InsertQuote),
            Trigger("claims_ai", "AFTER INSERT ON Claims" + When("ClaimsAfter"), InsertClaim),
            Trigger("claims_au", "AFTER UPDATE ON Claims" + When("ClaimsAfter"),
                "DELETE FROM search_index WHERE rowid = old.Id * 4 + 3;\n" + InsertClaim),
            Trigger("actors_au", "AFTER UPDATE OF Name ON Actors", $"""
                DELETE FROM search_index WHERE rowid IN (SELECT Id * 4 + 2 FROM Quotes WHERE SpeakerActorId = new.Id);
                INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
                    SELECT Id * 4 + 2, 'quote', Id, ArticleId, new.Name, Text FROM Quotes WHERE SpeakerActorId = new.Id{NotDeferred("QuotesAfter")};
                DELETE FROM search_index WHERE rowid IN (SELECT Id * 4 + 3 FROM Claims WHERE SpeakerActorId = new.Id);
                INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
                    SELECT Id * 4 + 3, 'claim', Id, ArticleId, new.Name, Text FROM Claims WHERE SpeakerActorId = new.Id{NotDeferred("ClaimsAfter")};
                """),
        });
    }

    public const string DropTriggers = """
        DROP TRIGGER IF EXISTS articles_ai; DROP TRIGGER IF EXISTS articles_au; DROP TRIGGER IF EXISTS quotes_ai;
        DROP TRIGGER IF EXISTS quotes_au; DROP TRIGGER IF EXISTS claims_ai; DROP TRIGGER IF EXISTS claims_au; DROP TRIGGER IF EXISTS actors_au;
        """;

    private const string InsertArticle = """
        INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
            VALUES (new.Id * 4 + 1, 'article', new.Id, new.Id, new.Title, new.Text);
        """;

    private const string InsertQuote = """
        INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
            VALUES (new.Id * 4 + 2, 'quote', new.Id, new.ArticleId,
                coalesce((SELECT Name FROM Actors WHERE Id = new.SpeakerActorId), new.SpeakerName), new.Text);
        """;

    private const string InsertClaim = """
        INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
            VALUES (new.Id * 4 + 3, 'claim', new.Id, new.ArticleId, (SELECT Name FROM Actors WHERE Id = new.SpeakerActorId), new.Text);
        """;

    private static string Trigger(string name, string timing, string body) => $"CREATE TRIGGER {name} {timing} BEGIN\n{body}\nEND;";
}
