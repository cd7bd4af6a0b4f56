using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// One accent-insensitive FTS5 index over articles, quotes and claims, kept in sync by triggers.
    /// rowid = id * 4 + kind (1 article, 2 quote, 3 claim), so a delete is a rowid lookup.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, item_id UNINDEXED, article_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER articles_ai AFTER INSERT ON Articles BEGIN
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    VALUES (new.Id * 4 + 1, 'article', new.Id, new.Id, new.Title, new.Text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON Articles BEGIN
    DELETE FROM search_index WHERE rowid = old.Id * 4 + 1;
END;
CREATE TRIGGER articles_au AFTER UPDATE OF Title, Text ON Articles BEGIN
    DELETE FROM search_index WHERE rowid = old.Id * 4 + 1;
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    VALUES (new.Id * 4 + 1, 'article', new.Id, new.Id, new.Title, new.Text);
END;

CREATE TRIGGER quotes_ai AFTER INSERT ON Quotes BEGIN
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    VALUES (new.Id * 4 + 2, 'quote', new.Id, new.ArticleId,
            coalesce((SELECT Name FROM Actors WHERE Id = new.SpeakerActorId), new.SpeakerName), new.Text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON Quotes BEGIN
    DELETE FROM search_index WHERE rowid = old.Id * 4 + 2;
END;

CREATE TRIGGER claims_ai AFTER INSERT ON Claims BEGIN
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    VALUES (new.Id * 4 + 3, 'claim', new.Id, new.ArticleId,
            (SELECT Name FROM Actors WHERE Id = new.SpeakerActorId), new.Text);
END;
CREATE TRIGGER claims_ad AFTER DELETE ON Claims BEGIN
    DELETE FROM search_index WHERE rowid = old.Id * 4 + 3;
END;
");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
DROP TRIGGER IF EXISTS claims_ad; DROP TRIGGER IF EXISTS claims_ai;
DROP TRIGGER IF EXISTS quotes_ad; DROP TRIGGER IF EXISTS quotes_ai;
DROP TRIGGER IF EXISTS articles_au; DROP TRIGGER IF EXISTS articles_ad; DROP TRIGGER IF EXISTS articles_ai;
DROP TABLE IF EXISTS search_index;");
        }
    }
}
