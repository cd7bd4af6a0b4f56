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
