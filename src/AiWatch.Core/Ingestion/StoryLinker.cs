using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// Groups near-identical articles (one dispatch syndicated by several outlets) into a <see cref="Story"/>.
/// The SimHashes of stored articles are kept in an in-memory <see cref="SimHashIndex"/> (16 bytes per article),
/// read once and then topped up with the articles stored since (ids above the highest already read), so a
/// bulk import costs one small query per article and a lookup touches only the candidates sharing a band.
/// Hashes of articles revised by another process after the first read are not seen until the next start.
/// </summary>
public sealed class StoryLinker(AiWatchDbContext db, ArticleRows rows)
{
    private readonly SimHashIndex index = new();
    private int readUpTo;

    /// <summary>Stored articles near <paramref name="simHash"/>, nearest first. Call before saving, so a save that is rolled back leaves nothing behind in the index.</summary>
    public IReadOnlyList<(int Id, int Distance)> Near(long simHash, int? excludeId)
    {
        foreach (var row in rows.SimHashesAfter(readUpTo))
        {
            readUpTo = Math.Max(readUpTo, row.Id);
            if (row.SimHash != 0)
            {
                index.Set(row.Id, row.SimHash);
            }
        }
        return simHash == 0 ? [] : index.Near(simHash, excludeId);
    }

    /// <summary>
    /// Puts the saved <paramref name="article"/> in the story of its nearest copy (creating the story when that
    /// copy had none) and returns the story, or null when it has no copy or already belongs to a story. Only the
    /// nearest copy counts, so two stories are never merged. The caller saves.
    /// </summary>
    public async Task<Story?> LinkAsync(Article article, IReadOnlyList<(int Id, int Distance)> near, DateTime now, CancellationToken ct)
    {
        if (article.StoryId is not null || await FirstStoredAsync(near.Select(n => n.Id), ct) is not { } copy)
        {
            return null;
        }
        var story = copy.StoryId is int storyId ? await db.Stories.FirstAsync(s => s.Id == storyId, ct) : StartStory(copy, now);
        var first = await FirstStoredAsync([story.FirstArticleId], ct);
        if (first is null || Earlier(new Copy(article.Id, null, article.PublishedDate), first))
        {
            story.FirstArticleId = article.Id;
        }
        story.ArticleCount++;
        article.Story = story;
        return story;
    }

    /// <summary>Records the hash of an article once its transaction committed.</summary>
    public void Remember(int articleId, long simHash)
    {
        if (simHash != 0)
        {
            index.Set(articleId, simHash);
        }
    }

    private sealed record Copy(int Id, int? StoryId, DateOnly? Published);

    // The first of these articles still stored: the index may hold one deleted since it was read.
    private async Task<Copy?> FirstStoredAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            var copy = await db.Articles.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new Copy(a.Id, a.StoryId, a.PublishedDate)).FirstOrDefaultAsync(ct);
            if (copy is not null)
            {
                return copy;
            }
        }
        return null;
    }

    private Story StartStory(Copy copy, DateTime now)
    {
        var story = new Story { FirstArticleId = copy.Id, ArticleCount = 1, CreatedUtc = now };
        // A stub: only StoryId of the stored copy is written, its content is neither read nor rewritten.
        var stored = new Article { Id = copy.Id };
        db.Articles.Attach(stored);
        stored.Story = story;
        return story;
    }

    // The first outlet is the earliest published; an unknown date counts as later, ties go to the first stored.
    private static bool Earlier(Copy a, Copy b) =>
        (a.Published ?? DateOnly.MaxValue, a.Id).CompareTo((b.Published ?? DateOnly.MaxValue, b.Id)) < 0;
}
