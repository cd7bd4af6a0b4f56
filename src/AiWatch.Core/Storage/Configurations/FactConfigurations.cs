using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiWatch.Core.Storage.Configurations;

public sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder) => builder.HasIndex(m => new { m.ActorId, m.ArticleId });
}

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => e.DateStart);
        builder.HasIndex(e => e.Type);
        builder.HasIndex(e => e.GroupId);
        // SQLite cannot order or compare EF Core's TEXT decimals; money up to 2^53 units is exact as REAL.
        builder.Property(e => e.AmountValue).HasConversion<double?>();
        builder.HasMany(e => e.Actors).WithOne().HasForeignKey(ea => ea.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EventActorConfiguration : IEntityTypeConfiguration<EventActor>
{
    public void Configure(EntityTypeBuilder<EventActor> builder)
    {
        builder.HasKey(ea => new { ea.EventId, ea.ActorId });
        builder.HasIndex(ea => ea.ActorId);
        builder.HasOne(ea => ea.Actor).WithMany().HasForeignKey(ea => ea.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.HasIndex(q => q.SpeakerActorId);
        builder.HasOne(q => q.SpeakerActor).WithMany().HasForeignKey(q => q.SpeakerActorId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.HasIndex(c => c.SpeakerActorId);
        builder.HasIndex(c => c.TargetActorId);
        builder.HasOne(c => c.SpeakerActor).WithMany().HasForeignKey(c => c.SpeakerActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.TargetActor).WithMany().HasForeignKey(c => c.TargetActorId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class AmountConfiguration : IEntityTypeConfiguration<Amount>
{
    public void Configure(EntityTypeBuilder<Amount> builder)
    {
        builder.HasIndex(a => a.ArticleId);
        builder.Property(a => a.Value).HasConversion<double>();
    }
}
