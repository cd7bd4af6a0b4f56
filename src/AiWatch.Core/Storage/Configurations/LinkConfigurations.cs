using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiWatch.Core.Storage.Configurations;

public sealed class CoMentionConfiguration : IEntityTypeConfiguration<CoMention>
{
    public void Configure(EntityTypeBuilder<CoMention> builder)
    {
        builder.HasIndex(c => c.ArticleId);
        builder.HasIndex(c => new { c.ActorAId, c.ActorBId });
        builder.HasIndex(c => c.ActorBId);
        builder.HasOne<Actor>().WithMany().HasForeignKey(c => c.ActorAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(c => c.ActorBId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EventGroupConfiguration : IEntityTypeConfiguration<EventGroup>
{
    public void Configure(EntityTypeBuilder<EventGroup> builder)
    {
        builder.HasIndex(g => g.DateStart);
        builder.HasIndex(g => new { g.Type, g.ActorSlugs });
        builder.Property(g => g.AmountValue).HasConversion<double?>();
        builder.HasMany(g => g.Reports).WithOne(e => e.Group).HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> builder)
    {
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.HasIndex(d => new { d.ActorAId, d.ActorBId }).IsUnique();
        builder.HasIndex(d => d.ActorBId);
        builder.HasOne(d => d.ActorA).WithMany().HasForeignKey(d => d.ActorAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.ActorB).WithMany().HasForeignKey(d => d.ActorBId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder) => builder.HasIndex(s => s.FirstArticleId);
}

public sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        builder.HasIndex(f => f.Url).IsUnique();
        builder.HasIndex(f => f.NextPollUtc);
        builder.HasMany(f => f.Items).WithOne().HasForeignKey(i => i.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> builder) => builder.HasIndex(i => new { i.FeedId, i.Url }).IsUnique();
}

public sealed class IngestionFailureConfiguration : IEntityTypeConfiguration<IngestionFailure>
{
    public void Configure(EntityTypeBuilder<IngestionFailure> builder) => builder.HasIndex(f => f.OccurredUtc);
}

public sealed class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> builder) => builder.HasKey(s => s.Key);
}
