using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Core.Storage.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// Writes a new article and its facts, and event-group changes, with prepared <see cref="RowCommand{T}"/>s kept
/// for as long as the transaction they were prepared in (a bulk import prepares them once per batch), and runs the
/// lookups every stored document needs (by URL, by text, new SimHashes) the same way.
/// </summary>
public sealed class ArticleRows(AiWatchDbContext db) : IDisposable
{
    private DbTransaction? preparedFor;
    private Commands? commands;

    /// <summary>The lookups, and the writes once a transaction is open (a write outside one is refused).</summary>
    private sealed class Commands(AiWatchDbContext db, bool writable) : IDisposable
    {
        private Writes? writes;

        public Writes Write => writes ??= writable ? new Writes(db) : throw new InvalidOperationException("Rows are written inside a transaction");
        public DbCommand ByUrl { get; } = Query(db, "SELECT Id, ContentHash, CanonicalUrl, ETag, LastModified FROM Articles WHERE CanonicalUrl = $v LIMIT 1");
        public DbCommand ByHash { get; } = Query(db, "SELECT Id, ContentHash, CanonicalUrl, ETag, LastModified FROM Articles WHERE ContentHash = $v LIMIT 1");
        public DbCommand SimHashesAfter { get; } = Query(db, "SELECT Id, SimHash FROM Articles WHERE Id > $v ORDER BY Id");

        public void Dispose()
        {
            writes?.Dispose();
            ByUrl.Dispose();
            ByHash.Dispose();
            SimHashesAfter.Dispose();
        }
    }

    private sealed class Writes(AiWatchDbContext db) : IDisposable
    {
        public RowCommand<Article> Article { get; } = RowCommand<Article>.Insert(db, returnId: true);
        public RowCommand<CoMention> CoMention { get; } = RowCommand<CoMention>.Insert(db, returnId: false);
        public RowCommand<Event> Event { get; } = RowCommand<Event>.Insert(db, returnId: true);
        public RowCommand<EventActor> EventActor { get; } = RowCommand<EventActor>.Insert(db, returnId: false);
        public RowCommand<Quote> Quote { get; } = RowCommand<Quote>.Insert(db, returnId: false);
        public RowCommand<Claim> Claim { get; } = RowCommand<Claim>.Insert(db, returnId: false);
        public RowCommand<Amount> Amount { get; } = RowCommand<Amount>.Insert(db, returnId: false);
        public RowCommand<EventGroup> NewGroup { get; } = RowCommand<EventGroup>.Insert(db, returnId: true);
        public DbCommand Mentions { get; } = MentionsCommand(db, StatisticsSql.AddArticleMentions);
        public DbCommand MentionsLeftPending { get; } = MentionsCommand(db, "");
        public RowCommand<EventGroup> GroupSummary { get; } = RowCommand<EventGroup>.Update(db,
            nameof(EventGroup.Date), nameof(EventGroup.DateStart), nameof(EventGroup.AmountValue), nameof(EventGroup.AmountCurrency),
            nameof(EventGroup.Hedged), nameof(EventGroup.ActorSlugs), nameof(EventGroup.SourceCount));

        public void Dispose()
        {
            foreach (var command in new IDisposable[] { Article, CoMention, Event, EventActor, Quote, Claim, Amount, NewGroup, GroupSummary, Mentions, MentionsLeftPending })
            {
                command.Dispose();
            }
        }
    }

    /// <summary>The stored article at <paramref name="canonicalUrl"/>, else one with the same text, else null.</summary>
    public StoredArticle? FindStored(string canonicalUrl, string contentHash)
    {
        var rows = Current();
        return Read(rows.ByUrl, canonicalUrl) ?? Read(rows.ByHash, contentHash);
    }

    /// <summary>Ids and SimHashes of the articles stored after <paramref name="lastId"/>, in id order.</summary>
    public List<(int Id, long SimHash)> SimHashesAfter(int lastId)
    {
        var command = Current().SimHashesAfter;
        command.Parameters[0].Value = lastId;
        using var reader = command.ExecuteReader();
        var found = new List<(int, long)>();
        while (reader.Read())
        {
            found.Add((reader.GetInt32(0), reader.GetInt64(1)));
        }
        return found;
    }

    private static StoredArticle? Read(DbCommand command, string value)
    {
        command.Parameters[0].Value = value;
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StoredArticle(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4))
            : null;
    }

    private static DbCommand Query(AiWatchDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$v";
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>
    /// Inserts <paramref name="article"/> (its <see cref="Article.SourceId"/> set) with the facts in its collections,
    /// and sets the generated ids on the article, its facts and its events' actors.
    /// </summary>
    public void InsertNew(Article article)
    {
        InsertArticle(article);
        InsertFacts(article);
    }

    /// <summary>Inserts the article row alone and sets its id.</summary>
    public void InsertArticle(Article article) => article.Id = (int)Current().Write.Article.Execute(article);

    /// <summary>
    /// Inserts the facts in the collections of an article inserted before, and sets their ids. Without
    /// <paramref name="countMentions"/>, the article's mentions are left pending for the writer to count with
    /// others (StatisticsSql.AddPendingMentions) before its transaction ends.
    /// </summary>
    public void InsertFacts(Article article, bool countMentions = true)
    {
        var rows = Current().Write;
        InsertMentions(countMentions ? rows.Mentions : rows.MentionsLeftPending, article);
        foreach (var pair in article.CoMentions)
        {
            pair.ArticleId = article.Id;
            rows.CoMention.Execute(pair);
        }
        foreach (var happening in article.Events)
        {
            happening.ArticleId = article.Id;
            happening.Id = (int)rows.Event.Execute(happening);
            foreach (var actor in happening.Actors)
            {
                actor.EventId = happening.Id;
                rows.EventActor.Execute(actor);
            }
        }
        foreach (var quote in article.Quotes)
        {
            quote.ArticleId = article.Id;
            rows.Quote.Execute(quote);
        }
        foreach (var claim in article.Claims)
        {
            claim.ArticleId = article.Id;
            rows.Claim.Execute(claim);
        }
        foreach (var amount in article.Amounts)
        {
            amount.ArticleId = article.Id;
            rows.Amount.Execute(amount);
        }
    }

    /// <summary>
    /// The mentions of a new article in one command: the article marked as counted by its writer, its mentions
    /// inserted from one JSON parameter, their statistics added up once (StatisticsSql.AddArticleMentions) or left
    /// pending. An article names actors sixteen times on average: a command per mention cost more than the rows themselves.
    /// </summary>
    private static void InsertMentions(DbCommand command, Article article)
    {
        if (article.Mentions.Count == 0)
        {
            return;
        }
        foreach (var mention in article.Mentions)
        {
            mention.ArticleId = article.Id;
        }
        command.Parameters[0].Value = article.Id;
        command.Parameters[1].Value = MentionRows(article.Mentions);
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts the mentions of JSON array $rows ([actor id, start, length, surface, kind, analyzer version] each) into article $v.</summary>
    private const string InsertMentionRows = """
        INSERT INTO Mentions(ArticleId, ActorId, Start, Length, Surface, Kind, AnalyzerVersion)
            SELECT $v, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]')
            FROM json_each($rows);
        """;

    private static DbCommand MentionsCommand(AiWatchDbContext db, string thenCount)
    {
        var command = Query(db, StatisticsSql.MarkMentionsPending + InsertMentionRows + thenCount);
        var rows = command.CreateParameter();
        rows.ParameterName = "$rows";
        command.Parameters.Add(rows);
        return command;
    }

    private static string MentionRows(IEnumerable<Mention> mentions)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var mention in mentions)
            {
                json.WriteStartArray();
                json.WriteNumberValue(mention.ActorId);
                json.WriteNumberValue(mention.Start);
                json.WriteNumberValue(mention.Length);
                json.WriteStringValue(mention.Surface);
                json.WriteNumberValue((int)mention.Kind);
                json.WriteStringValue(mention.AnalyzerVersion);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Inserts a new group (its summary already set) and returns its id.</summary>
    public int InsertGroup(EventGroup group) => group.Id = (int)Current().Write.NewGroup.Execute(group);

    public void UpdateGroupSummary(EventGroup group) => Current().Write.GroupSummary.Execute(group);

    /// <summary>The commands for the current transaction (or for none), prepared again when it changed.</summary>
    private Commands Current()
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (commands is null || !ReferenceEquals(transaction, preparedFor))
        {
            commands?.Dispose();
            commands = null;
            db.Database.OpenConnection();
            commands = new Commands(db, writable: transaction is not null);
            preparedFor = transaction;
        }
        return commands;
    }

    public void Dispose() => commands?.Dispose();
}

/// <summary>What storage needs to know of an already stored article to recognise a document.</summary>
public sealed record StoredArticle(int Id, string ContentHash, string CanonicalUrl, string? ETag, string? LastModified);
