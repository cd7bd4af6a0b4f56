using AiWatch.Core.Model;
using AiWatch.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests.Rendering;

/// <summary>Links to sentences are computed from split texts kept between requests: a new text must give new links.</summary>
public sealed class FactLinksTests : IClassFixture<EmptyApplication>
{
    private readonly EmptyApplication app;

    public FactLinksTests(EmptyApplication app) => this.app = app;

    [Fact]
    public async Task A_link_follows_the_text_of_the_article_when_it_changes()
    {
        const string first = "Première phrase. Deuxième phrase. Troisième phrase.";
        var id = await app.WithDbAsync(async db =>
        {
            var article = new Article
            {
                Source = new Source { Kind = SourceKind.Site, Name = "liens.example", CreatedUtc = DateTime.UtcNow },
                Url = "https://liens.example/a", CanonicalUrl = "https://liens.example/a", Title = "A", ContentType = "text/plain",
                Text = first, RawContent = first, ContentHash = "v1", FetchedUtc = DateTime.UtcNow,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });
        var offset = first.IndexOf("Troisième", StringComparison.Ordinal);

        var before = await app.WithDbAsync(db => FactLinks.ForArticlesAsync(db, [id], CancellationToken.None));
        var again = await app.WithDbAsync(db => FactLinks.ForArticlesAsync(db, [id], CancellationToken.None));
        await app.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            // An update stores the new text with its new hash: the third sentence now starts further on.
            article.Text = "Une. Deux. Trois. Quatre. Cinq. Six. Sept. Huit. Neuf. Dix.";
            article.ContentHash = "v2";
            return await db.SaveChangesAsync();
        });
        var after = await app.WithDbAsync(db => FactLinks.ForArticlesAsync(db, [id], CancellationToken.None));

        Assert.Equal($"/articles/{id}#sentence-2", before.To(id, offset));
        Assert.Equal(before.To(id, offset), again.To(id, offset));
        Assert.NotEqual(before.To(id, offset), after.To(id, offset));
        Assert.Equal(Sentences.Of("Une. Deux. Trois. Quatre. Cinq. Six. Sept. Huit. Neuf. Dix.").NumberAt(offset), after.SentenceNumber(id, offset));
    }
}
