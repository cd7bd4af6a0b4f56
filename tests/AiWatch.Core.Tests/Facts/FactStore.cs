using AiWatch.Core.Analysis;
using AiWatch.Core.Facts;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Facts;

/// <summary>Stores articles with hand-built analyses the way ingestion and re-analysis do, without the analyser.</summary>
public sealed class FactStore(TempDatabase database)
{
    public static readonly DateTime Now = new(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    public TempDatabase Database => database;

    public static async Task<FactStore> CreateAsync(TempDatabase database)
    {
        await using var db = database.Open();
        await ActorSync.SyncAsync(db, ActorRegistry.Load(RepositoryFiles.ActorsJson));
        return new FactStore(database);
    }

    /// <summary>
    /// A new article with <paramref name="analysis"/> as its facts, then the cross-article steps, as after an ingest
    /// (<paramref name="replacedFacts"/> false: as the ingestor says of a new article).
    /// </summary>
    public async Task<int> StoreAsync(string name, DateOnly? published, AnalysisResult analysis, bool replacedFacts = true)
    {
        await using var db = database.Open();
        var article = new Article
        {
            Url = $"https://exemple.fr/{name}", CanonicalUrl = $"https://exemple.fr/{name}", Title = name, PublishedDate = published,
            Text = name, RawContent = name, ContentHash = name,
            Source = new Source { Kind = SourceKind.Site, Name = name, CreatedUtc = Now },
        };
        new FactMapper(await ActorIdsAsync(db)).Apply(article, analysis, Now);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        // Grouped through the database path, then disputes rebuilt when the article changes them, as one save does.
        var (_, disputesAffected) = await FactIndex.GroupArticleAsync(db, article.Id, replacedFacts, new EventGroupCache());
        if (disputesAffected)
        {
            await DisputeBuilder.RebuildAsync(db, Now);
        }
        return article.Id;
    }

    /// <summary>Replaces an article's facts, telling the grouping which groups its old events were in, as a re-analysis does.</summary>
    public async Task<FactIndexChange> ReplaceAsync(int articleId, AnalysisResult analysis, DateTime? now = null)
    {
        await using var db = database.Open();
        var article = await db.Articles.Include(a => a.Events).Include(a => a.Claims).Include(a => a.Mentions).Include(a => a.CoMentions)
            .SingleAsync(a => a.Id == articleId);
        var former = article.Events.Where(e => e.GroupId is not null).Select(e => e.GroupId!.Value).ToList();
        db.Events.RemoveRange(article.Events);
        db.Claims.RemoveRange(article.Claims);
        db.Mentions.RemoveRange(article.Mentions);
        db.CoMentions.RemoveRange(article.CoMentions);
        (article.Events, article.Claims, article.Mentions, article.CoMentions) = ([], [], [], []);
        new FactMapper(await ActorIdsAsync(db)).Apply(article, analysis, Now);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var groups = await EventGrouping.AssignAsync(db, articleId, former);
        return new FactIndexChange(groups, await DisputeBuilder.RebuildAsync(db, now ?? Now));
    }

    public async Task<FactIndexChange> DeleteAsync(int articleId)
    {
        await using var db = database.Open();
        db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == articleId));
        await db.SaveChangesAsync();
        return await FactIndex.AfterArticlesRemovedAsync(db, Now);
    }

    public async Task<int> ActorIdAsync(string slug)
    {
        await using var db = database.Open();
        return await db.Actors.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
    }

    public static AnalysisResult Result(params EventMatch[] events) => new([], events, [], [], []);

    public static AnalysisResult Claims(params ClaimMatch[] claims) => new([], [], [], claims, []);

    public static EventMatch Event(string type, string? date, params string[] actors) =>
        new(type, actors, null, date, Hedged: false, $"{type} {date}", 0, 10);

    public static EventMatch WithAmount(EventMatch match, decimal value, string currency) =>
        match with { Amount = new AmountMatch(value, currency, $"{value} {currency}", 0, 5) };

    public static ClaimMatch Claim(string speaker, string target, string text = "accuse", bool hedged = false) =>
        new(speaker, target, text, hedged, 0, text.Length);

    private static Task<Dictionary<string, int>> ActorIdsAsync(AiWatch.Core.Storage.AiWatchDbContext db) =>
        db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Id);
}

/// <summary>A test class over a fresh database with the registry's actors synced, and a <see cref="FactStore"/> on it.</summary>
public abstract class FactStoreTest : IAsyncLifetime
{
    protected TempDatabase database = null!;
    protected FactStore store = null!;

    public virtual async Task InitializeAsync()
    {
        database = await TempDatabase.CreateAsync();
        store = await FactStore.CreateAsync(database);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();
}
