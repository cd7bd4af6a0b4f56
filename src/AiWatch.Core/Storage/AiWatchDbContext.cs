using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Storage;

public sealed class AiWatchDbContext : DbContext
{
    public AiWatchDbContext(DbContextOptions<AiWatchDbContext> options) : base(options)
    {
    }

    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<ActorAffiliation> ActorAffiliations => Set<ActorAffiliation>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventActor> EventActors => Set<EventActor>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Amount> Amounts => Set<Amount>();
    public DbSet<CoMention> CoMentions => Set<CoMention>();
    public DbSet<EventGroup> EventGroups => Set<EventGroup>();
    public DbSet<Dispute> Disputes => Set<Dispute>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Feed> Feeds => Set<Feed>();
    public DbSet<FeedItem> FeedItems => Set<FeedItem>();
    public DbSet<IngestionFailure> IngestionFailures => Set<IngestionFailure>();
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();
    public DbSet<ActorStat> ActorStats => Set<ActorStat>();
    public DbSet<ActorDailyMention> ActorDailyMentions => Set<ActorDailyMention>();
    public DbSet<ArticleActor> ArticleActors => Set<ArticleActor>();
    public DbSet<ActorPair> ActorPairs => Set<ActorPair>();
    public DbSet<TimelineEntry> TimelineEntries => Set<TimelineEntry>();
    public DbSet<TimelineActor> TimelineActors => Set<TimelineActor>();
    /// <summary>Rows of the FTS5 index; query through <see cref="SearchQueries"/>.</summary>
    public DbSet<SearchHit> SearchHits => Set<SearchHit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AiWatchDbContext).Assembly);
}
