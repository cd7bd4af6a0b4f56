using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiWatch.Core.Storage.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.CanonicalUrl).IsUnique();
        builder.HasIndex(a => a.ContentHash);
        builder.HasIndex(a => a.PublishedDate);
        builder.HasOne(a => a.Source).WithMany(s => s.Articles).HasForeignKey(a => a.SourceId);
        builder.HasMany(a => a.Mentions).WithOne(m => m.Article!).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Events).WithOne(e => e.Article!).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Quotes).WithOne(q => q.Article!).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Claims).WithOne(c => c.Article!).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Amounts).WithOne(m => m.Article!).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.CoMentions).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Story).WithMany(s => s.Articles).HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.StoryId);
        builder.HasIndex(a => a.SimHash);
    }
}
