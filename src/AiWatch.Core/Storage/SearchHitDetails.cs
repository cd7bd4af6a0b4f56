using System.Data.Common;
using System.Globalization;

namespace AiWatch.Core.Storage;

/// <summary>What the search filters and facets need of an article among the hits: its source, date, actors and event types.</summary>
public sealed record HitArticle(string Source, DateOnly? PublishedDate, IReadOnlySet<string> Actors, IReadOnlySet<string> EventTypes);

/// <summary>Where a quote or claim among the hits starts in its article, and whom it is about (its speaker, a claim's target too).</summary>
public sealed record HitFact(int Start, IReadOnlySet<string> Actors);

/// <summary>The details of up to a few hundred search hits, read in five fixed statements.</summary>
public sealed record SearchHitDetails(IReadOnlyDictionary<int, HitArticle> Articles, IReadOnlyDictionary<int, HitFact> Quotes, IReadOnlyDictionary<int, HitFact> Claims)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>
    /// Reads the details of <paramref name="hits"/>. The ids travel as one JSON array parameter (json_each): the SQL
    /// text is the same for every search, where a list of inlined ids made EF Core generate, and SQLite prepare, a new
    /// statement for each.
    /// </summary>
    public static async Task<SearchHitDetails> ReadAsync(AiWatchDbContext db, IReadOnlyCollection<SearchHit> hits, CancellationToken ct = default)
    {
        var articleIds = Json(hits.Select(h => h.ArticleId));
        var quoteIds = Json(hits.Where(h => h.Kind == "quote").Select(h => h.ItemId));
        var claimIds = Json(hits.Where(h => h.Kind == "claim").Select(h => h.ItemId));
        var actors = await PairsAsync(db, @"SELECT x.ArticleId, a.Slug FROM ArticleActors x JOIN Actors a ON a.Id = x.ActorId
            WHERE x.ArticleId IN (SELECT value FROM json_each($ids))", articleIds, ct);
        var types = await PairsAsync(db, @"SELECT DISTINCT ArticleId, Type FROM Events
            WHERE ArticleId IN (SELECT value FROM json_each($ids))", articleIds, ct);
        var articles = await RawSql.ListAsync(db, @"SELECT a.Id, coalesce(s.Name, ''), a.PublishedDate FROM Articles a LEFT JOIN Sources s ON s.Id = a.SourceId
            WHERE a.Id IN (SELECT value FROM json_each($ids))", [("$ids", articleIds)],
            reader => (Id: reader.GetInt32(0), Article: new HitArticle(reader.GetString(1), Date(reader, 2), SetOf(actors, reader.GetInt32(0)), SetOf(types, reader.GetInt32(0)))), ct);
        var quotes = await RawSql.ListAsync(db, @"SELECT q.Id, q.Start, a.Slug FROM Quotes q LEFT JOIN Actors a ON a.Id = q.SpeakerActorId
            WHERE q.Id IN (SELECT value FROM json_each($ids))", [("$ids", quoteIds)],
            reader => (Id: reader.GetInt32(0), Fact: new HitFact(reader.GetInt32(1), Slugs(reader, 2))), ct);
        var claims = await RawSql.ListAsync(db, @"SELECT c.Id, c.Start, s.Slug, t.Slug FROM Claims c
            LEFT JOIN Actors s ON s.Id = c.SpeakerActorId LEFT JOIN Actors t ON t.Id = c.TargetActorId
            WHERE c.Id IN (SELECT value FROM json_each($ids))", [("$ids", claimIds)],
            reader => (Id: reader.GetInt32(0), Fact: new HitFact(reader.GetInt32(1), Slugs(reader, 2, 3))), ct);
        return new SearchHitDetails(articles.ToDictionary(a => a.Id, a => a.Article), quotes.ToDictionary(q => q.Id, q => q.Fact),
            claims.ToDictionary(c => c.Id, c => c.Fact));
    }

    private static string Json(IEnumerable<int> ids) => "[" + string.Join(",", ids.Distinct()) + "]";

    private static DateOnly? Date(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateOnly.ParseExact(reader.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlySet<string> Slugs(DbDataReader reader, params int[] columns) =>
        columns.Where(c => !reader.IsDBNull(c)).Select(reader.GetString).ToHashSet();

    private static async Task<ILookup<int, string>> PairsAsync(AiWatchDbContext db, string sql, string ids, CancellationToken ct) =>
        (await RawSql.ListAsync(db, sql, [("$ids", ids)], reader => (Id: reader.GetInt32(0), Value: reader.GetString(1)), ct))
            .ToLookup(p => p.Id, p => p.Value);

    /// <summary>For the lookups above: the values of one article as a set.</summary>
    private static IReadOnlySet<string> SetOf(ILookup<int, string> lookup, int id) => lookup.Contains(id) ? lookup[id].ToHashSet() : None;
}
