using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AiWatch.Core.Tests.Storage;

/// <summary>
/// While a bulk writer defers the search rows of what it inserts (SearchIndexSql), the triggers leave exactly
/// those rows to it and keep indexing everything else; once it indexes them, the index is what the triggers
/// would have made.
/// </summary>
public sealed class DeferredSearchRowsTests : IAsyncLifetime
{
    private TempDatabase database = null!;
    private SqliteConnection connection = null!;
    private SqliteTransaction? transaction;

    public async Task InitializeAsync()
    {
        database = await TempDatabase.CreateAsync();
        connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync("""
            INSERT INTO Actors(Id, Slug, Name, Kind) VALUES (1, 'musk', 'Elon Musk', 0);
            INSERT INTO Sources(Id, Kind, Name, CreatedUtc) VALUES (1, 0, 'local', '2025-01-01');
            """);
        await InsertArticleAsync(1, "Ancien article", "Le procès contre OpenAI commence.");
        await ExecuteAsync("""
            INSERT INTO Quotes(Id, ArticleId, Text, SpeakerActorId, Start, Length, AnalyzerVersion) VALUES (1, 1, 'ancienne citation', 1, 0, 1, 'v');
            """);
    }

    public async Task DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }
        await connection.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Rows_inserted_during_the_deferral_are_indexed_in_one_statement_at_its_end()
    {
        await BeginDeferralAsync();
        await InsertArticleAsync(2, "Nouvel article", "Musk attaque OpenAI en justice.");
        await ExecuteAsync("""
            INSERT INTO Quotes(Id, ArticleId, Text, SpeakerActorId, SpeakerName, Start, Length, AnalyzerVersion) VALUES (2, 2, 'nouvelle citation', NULL, 'Un porte-parole', 0, 1, 'v');
            INSERT INTO Claims(Id, ArticleId, SpeakerActorId, Text, Hedged, Start, Length, AnalyzerVersion) VALUES (1, 2, 1, 'nouvelle affirmation', 0, 0, 1, 'v');
            UPDATE Quotes SET Text = 'citation corrigée' WHERE Id = 2;
            """);

        Assert.Equal(["1 article Ancien article", "1 quote Elon Musk"], await SearchRowsAsync());

        await EndDeferralAsync();
        Assert.Equal(["1 article Ancien article", "1 quote Elon Musk", "1 claim Elon Musk", "2 article Nouvel article", "2 quote Un porte-parole"],
            await SearchRowsAsync());
        Assert.Equal(["2"], await ColumnAsync("SELECT item_id FROM search_index WHERE search_index MATCH 'corrigee'"));
        Assert.Empty(await ColumnAsync("SELECT Id FROM SearchRowsDeferred"));
    }

    [Fact]
    public async Task Rows_stored_before_the_deferral_follow_their_edits_at_once()
    {
        await BeginDeferralAsync();
        await ExecuteAsync("UPDATE Quotes SET Text = 'citation reformulée' WHERE Id = 1; UPDATE Articles SET Title = 'Titre revu' WHERE Id = 1;");

        Assert.Equal(["1"], await ColumnAsync("SELECT item_id FROM search_index WHERE search_index MATCH 'reformulee'"));
        Assert.Equal(["1 article Titre revu", "1 quote Elon Musk"], await SearchRowsAsync());
        await EndDeferralAsync();
    }

    [Fact]
    public async Task A_speaker_renamed_during_the_deferral_names_old_and_deferred_rows_once_each()
    {
        await BeginDeferralAsync();
        await InsertArticleAsync(2, "Nouvel article", "Musk attaque OpenAI en justice.");
        await ExecuteAsync("""
            INSERT INTO Quotes(Id, ArticleId, Text, SpeakerActorId, Start, Length, AnalyzerVersion) VALUES (2, 2, 'nouvelle citation', 1, 0, 1, 'v');
            UPDATE Actors SET Name = 'Elon R. Musk' WHERE Id = 1;
            """);
        await EndDeferralAsync();

        Assert.Equal(["1 article Ancien article", "1 quote Elon R. Musk", "2 article Nouvel article", "2 quote Elon R. Musk"], await SearchRowsAsync());
    }

    [Fact]
    public async Task Without_a_deferral_every_insert_is_indexed_by_its_trigger()
    {
        await InsertArticleAsync(2, "Nouvel article", "Musk attaque OpenAI en justice.");

        Assert.Equal(["1 article Ancien article", "1 quote Elon Musk", "2 article Nouvel article"], await SearchRowsAsync());
    }

    private Task InsertArticleAsync(int id, string title, string text) => ExecuteAsync($"""
        INSERT INTO Articles(Id, CanonicalUrl, ContentHash, ContentType, FetchedUtc, RawContent, SimHash, SourceId, Text, Title, Url)
        VALUES ({id}, 'file:///a{id}.txt', 'h{id}', 'text/plain', '2025-01-01', '', 0, 1, '{text}', '{title}', 'file:///a{id}.txt');
        """);

    private Task<List<string>> SearchRowsAsync() => ColumnAsync("SELECT item_id || ' ' || kind || ' ' || title FROM search_index ORDER BY rowid");

    /// <summary>Opens a transaction, as a bulk writer's batch, and defers the search rows of what it inserts.</summary>
    private async Task BeginDeferralAsync()
    {
        // Microsoft.Data.Sqlite refuses a command without the connection's open transaction: the commands use this one.
        transaction = connection.BeginTransaction();
        await ExecuteAsync(SearchIndexSql.DeferNewRows);
    }

    /// <summary>Indexes the deferred rows and commits, as a batch ends.</summary>
    private async Task EndDeferralAsync()
    {
        await ExecuteAsync(SearchIndexSql.IndexDeferredRows);
        await transaction!.CommitAsync();
        await transaction.DisposeAsync();
        transaction = null;
    }

    private async Task<List<string>> ColumnAsync(string sql)
    {
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync();
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
