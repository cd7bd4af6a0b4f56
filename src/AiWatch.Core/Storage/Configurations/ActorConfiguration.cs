using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiWatch.Core.Storage.Configurations;

public sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Slug).IsRequired();
        builder.Property(a => a.Name).IsRequired();
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Affiliations).WithOne().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Mentions).WithOne(m => m.Actor!).HasForeignKey(m => m.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
