using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Storage;

public sealed class SearchQueriesTests
{
    [Fact]
    public async Task Search_ignores_accents_and_case_and_finds_quotes_and_claims()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            var actor = new Actor { Slug = "elon-musk", Name = "Elon Musk" };
            var article = new Article
            {
                Source = new Source { Name = "local" },
                Url = "file:///a.txt", CanonicalUrl = "file:///a.txt", Title = "Musk contre OpenAI",
                Text = "La société a été valorisée à 500 milliards de dollars.\nMusk réclame des dommages.",
            };
            article.Quotes.Add(new Quote { Text = "Nous irons jusqu’au procès", SpeakerActor = actor });
            article.Claims.Add(new Claim { Text = "Musk estime que la fondation a été trahie", SpeakerActor = actor });
            db.Add(article);
            await db.SaveChangesAsync();
        }
        await using var read = database.Open();

        var articleHits = await read.SearchAsync("VALORISEE");
        var quoteHits = await read.SearchAsync("proces");
        var claimHits = await read.SearchAsync("\"fondation a été trahie\"");

        Assert.Equal("article", Assert.Single(articleHits).Kind);
        Assert.Contains($"{SearchQueries.HighlightStart}valorisée{SearchQueries.HighlightEnd}", articleHits[0].Snippet);
        Assert.Equal("quote", Assert.Single(quoteHits).Kind);
        Assert.Equal("Elon Musk", quoteHits[0].Title);
        Assert.Equal("claim", Assert.Single(claimHits).Kind);
        Assert.Equal(1, await read.SearchCountAsync("proces"));
    }

    [Fact]
    public async Task Decomposed_accents_in_the_input_are_searched_like_composed_ones()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            db.Add(ArticleWith(new Actor { Slug = "elon-musk", Name = "Elon Musk" }));
            await db.SaveChangesAsync();
        }
        await using var read = database.Open();

        var hits = await read.SearchAsync("proce\u0300s");

        Assert.Equal("quote", Assert.Single(hits).Kind);
    }

    [Fact]
    public async Task Edited_quotes_and_claims_are_searched_by_their_new_text()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            db.Add(ArticleWith(new Actor { Slug = "elon-musk", Name = "Elon Musk" }));
            await db.SaveChangesAsync();
            db.Quotes.Single().Text = "Nous gagnerons en appel";
            db.Claims.Single().Text = "Musk affirme que le conseil a menti";
            await db.SaveChangesAsync();
        }
        await using var read = database.Open();

        Assert.Empty(await read.SearchAsync("procès"));
        Assert.Empty(await read.SearchAsync("trahie"));
        Assert.Equal("quote", Assert.Single(await read.SearchAsync("appel")).Kind);
        Assert.Equal("claim", Assert.Single(await read.SearchAsync("menti")).Kind);
    }

    [Fact]
    public async Task A_renamed_or_deleted_speaker_is_reflected_in_quote_and_claim_hits()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            var musk = new Actor { Slug = "elon-musk", Name = "Elon Musk" };
            db.Add(ArticleWith(musk));
            await db.SaveChangesAsync();
            musk.Name = "Elon R. Musk";
            await db.SaveChangesAsync();
        }
        await using var read = database.Open();

        Assert.All(await read.SearchAsync("Musk"), hit => Assert.True(hit.Kind == "article" || hit.Title == "Elon R. Musk", hit.Title));
        Assert.Equal(2, (await read.SearchAsync("\"R Musk\"")).Count);

        read.Actors.Remove(read.Actors.Single());
        await read.SaveChangesAsync();

        Assert.Empty(await read.SearchAsync("\"R Musk\""));
        Assert.Null(Assert.Single(await read.SearchAsync("procès")).Title);
    }

    private static Article ArticleWith(Actor speaker)
    {
        var article = new Article
        {
            Source = new Source { Name = "local" },
            Url = "file:///a.txt", CanonicalUrl = "file:///a.txt", Title = "Un article",
            Text = "Un texte sur l’intelligence artificielle.",
        };
        article.Quotes.Add(new Quote { Text = "Nous irons jusqu’au procès", SpeakerActor = speaker });
        article.Claims.Add(new Claim { Text = "Musk estime que la fondation a été trahie", SpeakerActor = speaker });
        return article;
    }

    [Theory]
    [InlineData("\"AND (")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("'")]
    [InlineData("'; DROP TABLE Articles;--")]
    [InlineData("title:musk OR body:x")]
    [InlineData("^musk")]
    public async Task Hostile_input_returns_results_or_nothing_never_throws(string input)
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var hits = await db.SearchAsync(input);
        var count = await db.SearchCountAsync(input);

        Assert.Empty(hits);
        Assert.Equal(0, count);
        Assert.Equal(0, db.Articles.Count());
    }

    [Fact]
    public async Task Two_thousand_characters_of_input_are_searched_safely()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var hits = await db.SearchAsync(new string('a', 2000) + " \"( NEAR");

        Assert.Empty(hits);
    }
}
