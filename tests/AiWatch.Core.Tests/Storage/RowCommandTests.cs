using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Storage;

/// <summary>Rows written by prepared commands are, byte for byte, the rows EF Core's SaveChanges writes.</summary>
public sealed class RowCommandTests : IAsyncLifetime
{
    private static readonly string[] Tables = ["Articles", "Mentions", "CoMentions", "Events", "EventActors", "Quotes", "Claims", "Amounts", "EventGroups", "search_index"];
    private TempDatabase byEf = null!;
    private TempDatabase byRows = null!;

    public async Task InitializeAsync()
    {
        byEf = await TempDatabase.CreateWithActorsAsync();
        byRows = await TempDatabase.CreateWithActorsAsync();
    }

    public async Task DisposeAsync()
    {
        await byEf.DisposeAsync();
        await byRows.DisposeAsync();
    }

    [Fact]
    public async Task An_article_with_every_kind_of_fact_is_stored_as_SaveChanges_stores_it()
    {
        await using (var db = byEf.Open())
        {
            var source = await AddSourceAsync(db);
            var article = await SampleAsync(db, source);
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            var group = Group();
            db.EventGroups.Add(group);
            await db.SaveChangesAsync();
            article.Events[0].GroupId = group.Id;
            group.SourceCount = 2;
            await db.SaveChangesAsync();
        }
        await using (var db = byRows.Open())
        {
            var source = await AddSourceAsync(db);
            var article = await SampleAsync(db, source);
            article.SourceId = source.Id;
            await using var transaction = await db.Database.BeginTransactionAsync();
            using var rows = new ArticleRows(db);
            rows.InsertArticle(article);
            var group = Group();
            rows.InsertGroup(group);
            article.Events[0].GroupId = group.Id;
            rows.InsertFacts(article);
            group.SourceCount = 2;
            rows.UpdateGroupSummary(group);
            await transaction.CommitAsync();
        }

        foreach (var table in Tables)
        {
            Assert.Equal(await DumpAsync(byEf, table), await DumpAsync(byRows, table));
        }
        Assert.NotEmpty(await DumpAsync(byRows, "EventActors"));
    }

    private static async Task<Source> AddSourceAsync(AiWatch.Core.Storage.AiWatchDbContext db)
    {
        var source = new Source { Kind = SourceKind.Local, Name = "local", CreatedUtc = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc) };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return source;
    }

    private static EventGroup Group() => new()
    {
        Type = "lawsuit", Date = "2024-02", DateStart = new DateOnly(2024, 2, 1), AmountValue = 97_400_000_000m, AmountCurrency = "USD",
        Hedged = true, ActorSlugs = "elon-musk,openai", SourceCount = 1,
    };

    private static async Task<Article> SampleAsync(AiWatch.Core.Storage.AiWatchDbContext db, Source source)
    {
        var actors = await db.Actors.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).Take(2).ToListAsync();
        return new Article
        {
            SourceId = source.Id, Url = "file:///a.txt", CanonicalUrl = "file:///a.txt", Title = "Titre « é »", Author = null,
            PublishedDate = new DateOnly(2025, 3, 4), Language = "fr", ContentType = "text/plain", RawContent = "brut", Text = "Elon Musk attaque OpenAI.",
            ContentHash = "abc", FetchedUtc = new DateTime(2025, 3, 4, 5, 6, 7, 891, DateTimeKind.Utc), AnalyzedUtc = new DateTime(2025, 3, 4, 5, 6, 8, DateTimeKind.Utc),
            AnalyzerVersion = "1.2.0", ETag = "\"x\"", LastModified = null, SimHash = -1234567890123L,
            // The mentions of an article travel as one JSON parameter: quotes, accents and guillemets must come back intact.
            Mentions =
            [
                new Mention { ActorId = actors[0], Start = 0, Length = 9, Surface = "Elon Musk", Kind = MentionKind.Epithet, AnalyzerVersion = "1.2.0" },
                new Mention { ActorId = actors[1], Start = 40, Length = 24, Surface = "le patron d'« OpenAI » \"été\"", Kind = MentionKind.Literal, AnalyzerVersion = "1.2.0" },
            ],
            CoMentions = [new CoMention { ActorAId = actors[0], ActorBId = actors[1], SentenceCount = 2, AnalyzerVersion = "1.2.0" }],
            Events =
            [
                new Event
                {
                    Type = "lawsuit", Date = "2025-03", DateStart = new DateOnly(2025, 3, 1), AmountValue = 22_500_000_000m, AmountCurrency = "USD",
                    DateApproximate = true, Hedged = false, Evidence = "Elon Musk attaque OpenAI.", EvidenceStart = 0, EvidenceLength = 25, AnalyzerVersion = "1.2.0",
                    Actors = [new EventActor { ActorId = actors[0], Position = 0 }, new EventActor { ActorId = actors[1], Position = 1 }],
                },
            ],
            Quotes = [new Quote { Text = "attaque", SpeakerActorId = null, SpeakerName = "Un porte-parole", Start = 10, Length = 7, AnalyzerVersion = "1.2.0" }],
            Claims = [new Claim { SpeakerActorId = actors[0], TargetActorId = actors[1], Text = "attaque OpenAI", Hedged = true, Start = 10, Length = 14, AnalyzerVersion = "1.2.0" }],
            Amounts = [new Amount { Value = 1.5m, Currency = "EUR", Text = "1,5 euro", Start = 3, Length = 8, AnalyzerVersion = "1.2.0" }],
        };
    }

    /// <summary>Every row of a table with each value's SQLite type, in rowid order.</summary>
    private static async Task<List<string>> DumpAsync(TempDatabase database, string table)
    {
        await using var db = database.Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                reader.IsDBNull(i) ? "null" : $"{reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}")));
        }
        return rows;
    }
}
