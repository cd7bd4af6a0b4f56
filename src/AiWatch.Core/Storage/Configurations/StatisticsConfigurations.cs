using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiWatch.Core.Storage.Configurations;

// No foreign keys: the rows follow the facts through triggers, and a cascade would race them.

public sealed class ActorStatConfiguration : IEntityTypeConfiguration<ActorStat>
{
    public void Configure(EntityTypeBuilder<ActorStat> builder)
    {
        builder.HasKey(s => s.ActorId);
        builder.Property(s => s.ActorId).ValueGeneratedNever();
    }
}

public sealed class ActorDailyMentionConfiguration : IEntityTypeConfiguration<ActorDailyMention>
{
    public void Configure(EntityTypeBuilder<ActorDailyMention> builder) => builder.HasKey(d => new { d.ActorId, d.Day });
}

public sealed class ArticleActorConfiguration : IEntityTypeConfiguration<ArticleActor>
{
    public void Configure(EntityTypeBuilder<ArticleActor> builder)
    {
        builder.HasKey(a => new { a.ArticleId, a.ActorId });
        builder.HasIndex(a => new { a.ActorId, a.PublishedDate, a.ArticleId });
    }
}

public sealed class ActorPairConfiguration : IEntityTypeConfiguration<ActorPair>
{
    public void Configure(EntityTypeBuilder<ActorPair> builder)
    {
        builder.HasKey(p => new { p.ActorAId, p.ActorBId });
        builder.HasIndex(p => p.ActorBId);
    }
}

public sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.HasKey(e => e.EntryKey);
        builder.Property(e => e.EntryKey).ValueGeneratedNever();
        builder.HasIndex(e => new { e.SortDate, e.FirstEventId });
        builder.HasIndex(e => new { e.Type, e.SortDate, e.FirstEventId });
        builder.Property(e => e.AmountValue).HasConversion<double?>();
    }
}

public sealed class TimelineActorConfiguration : IEntityTypeConfiguration<TimelineActor>
{
    public void Configure(EntityTypeBuilder<TimelineActor> builder)
    {
        builder.HasKey(a => new { a.ActorId, a.EntryKey });
        builder.HasIndex(a => new { a.ActorId, a.SortDate, a.FirstEventId });
        builder.HasIndex(a => new { a.ActorId, a.AmountCurrency, a.AmountValue });
        builder.HasIndex(a => a.EntryKey);
        builder.Property(a => a.AmountValue).HasConversion<double?>();
    }
}
