using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AiWatch.Core.Storage.Migrations
{
    /// <summary>
    /// SQLite cannot add a foreign key in place: the previous migration rebuilt Articles (EF runs rebuilds last,
    /// so this has to be a migration of its own), and DROP TABLE took the search-index triggers with it; the
    /// index rows themselves are untouched. Puts the triggers back as SearchIndex made them.
    /// </summary>
    public partial class RestoreArticleSearchTriggers : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON Articles BEGIN
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    VALUES (new.Id * 4 + 1, 'article', new.Id, new.Id, new.Title, new.Text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON Articles BEGIN
    DELETE FROM search_index WHERE rowid = old.Id * 4 + 1;
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF Title, Text ON Articles BEGIN
    DELETE FROM search_index WHERE rowid = old.Id * 4 + 1;
    INSERT INTO search_index(rowid, kind, item_id, article_id, title, body)
    VALUES (new.Id * 4 + 1, 'article', new.Id, new.Id, new.Title, new.Text);
END;
");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS articles_au; DROP TRIGGER IF EXISTS articles_ad; DROP TRIGGER IF EXISTS articles_ai;");
        }
    }
}
