using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// Keeps quote and claim rows of <c>search_index</c> in step with later edits: a changed text or speaker
    /// (including the SET NULL of a deleted speaker), and a renamed actor, whose name is the rows' title.
    /// Until now only inserts and deletes reached the index, so such rows kept their old words.
    /// </summary>
    public partial class SearchIndexFollowsEdits : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
CREATE TRIGGER quotes_au AFTER UPDATE ON Quotes BEGIN
    DELETE FROM search_index WHERE rowid = old.Id * 4 + 2;
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    VALUES (new.Id * 4 + 2, 'quote', new.Id, new.ArticleId,
            coalesce((SELECT Name FROM Actors WHERE Id = new.SpeakerActorId), new.SpeakerName), new.Text);
END;

CREATE TRIGGER claims_au AFTER UPDATE ON Claims BEGIN
    DELETE FROM search_index WHERE rowid = old.Id * 4 + 3;
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    VALUES (new.Id * 4 + 3, 'claim', new.Id, new.ArticleId,
            (SELECT Name FROM Actors WHERE Id = new.SpeakerActorId), new.Text);
END;

CREATE TRIGGER actors_au AFTER UPDATE OF Name ON Actors BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT Id * 4 + 2 FROM Quotes WHERE SpeakerActorId = new.Id);
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    SELECT Id * 4 + 2, 'quote', Id, ArticleId, new.Name, Text FROM Quotes WHERE SpeakerActorId = new.Id;
    DELETE FROM search_index WHERE rowid IN (SELECT Id * 4 + 3 FROM Claims WHERE SpeakerActorId = new.Id);
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    SELECT Id * 4 + 3, 'claim', Id, ArticleId, new.Name, Text FROM Claims WHERE SpeakerActorId = new.Id;
END;
");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS actors_au; DROP TRIGGER IF EXISTS claims_au; DROP TRIGGER IF EXISTS quotes_au;");
        }
    }
}
