using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests;

/// <summary>
/// Two articles inserted straight into the database, with facts at offsets the tests know, so the pages can be
/// checked independently of how good the analyser is. Actors are reused when the seeds already created them.
/// </summary>
public sealed record SampleData(int ArticleId, int OlderArticleId, string Title)
{
    public const string Text =
        "OpenAI lève 40 milliards de dollars auprès de SoftBank. Sam Altman s’en félicite.\n" +
        "« Nous avons besoin d’IA utile », a déclaré Sam Altman devant la crème des chercheurs.\n" +
        "Elon Musk affirme que OpenAI a trahi sa mission.\n" +
        "M. Musk réclame 97,4 milliards de dollars.";

    /// <summary>Sentence numbers as the reader numbers them (0-based, like the analyser).</summary>
    public const int InvestmentSentence = 0;
    public const int QuoteSentence = 2;
    public const int ClaimSentence = 3;
    public const int BidSentence = 4;

    public static async Task<SampleData> InsertAsync(AiWatchDbContext db)
    {
        var source = new Source { Kind = SourceKind.Site, Name = "www.exemple.fr", Url = "https://www.exemple.fr/", CreatedUtc = DateTime.UtcNow };
        var openai = await ActorAsync(db, "openai", "OpenAI", ActorKind.Organisation);
        var softbank = await ActorAsync(db, "softbank", "SoftBank", ActorKind.Organisation);
        var altman = await ActorAsync(db, "sam-altman", "Sam Altman", ActorKind.Person);
        var musk = await ActorAsync(db, "elon-musk", "Elon Musk", ActorKind.Person);

        var article = new Article
        {
            Source = source, Url = "https://www.exemple.fr/openai-softbank", CanonicalUrl = "https://www.exemple.fr/openai-softbank",
            Title = "OpenAI lève 40 milliards auprès de SoftBank", Author = "Jeanne Test", PublishedDate = new DateOnly(2025, 4, 1),
            Language = "fr", ContentType = "text/plain", RawContent = Text, Text = Text, ContentHash = "sample-1", FetchedUtc = DateTime.UtcNow,
        };
        foreach (var (actor, surface) in new[] { (openai, "OpenAI"), (softbank, "SoftBank"), (altman, "Sam Altman"), (musk, "Elon Musk"), (musk, "M. Musk") })
        {
            for (var at = Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                article.Mentions.Add(new Mention { Actor = actor, Start = at, Length = surface.Length, Surface = surface, AnalyzerVersion = "test" });
            }
        }
        article.Events.Add(Event("investment", "2025-03", new DateOnly(2025, 3, 1), 40_000_000_000m, "OpenAI lève 40 milliards de dollars auprès de SoftBank.", openai, softbank));
        article.Events.Add(Event("bid", null, null, 97_400_000_000m, "M. Musk réclame 97,4 milliards de dollars.", musk, openai));
        const string quote = "Nous avons besoin d’IA utile";
        article.Quotes.Add(new Quote { Text = quote, SpeakerActor = altman, Start = At(quote), Length = quote.Length, AnalyzerVersion = "test" });
        const string claim = "Elon Musk affirme que OpenAI a trahi sa mission.";
        article.Claims.Add(new Claim { SpeakerActor = musk, TargetActor = openai, Text = claim, Start = At(claim), Length = claim.Length, AnalyzerVersion = "test" });
        const string amount = "40 milliards de dollars";
        article.Amounts.Add(new Amount { Value = 40_000_000_000m, Currency = "USD", Text = amount, Start = At(amount), Length = amount.Length, AnalyzerVersion = "test" });

        const string olderText = "Microsoft et OpenAI renouvellent leur partenariat.";
        var older = new Article
        {
            Source = source, Url = "https://www.exemple.fr/microsoft-openai", CanonicalUrl = "https://www.exemple.fr/microsoft-openai",
            Title = "Microsoft et OpenAI, suite", PublishedDate = new DateOnly(2024, 1, 15), ContentType = "text/plain",
            RawContent = olderText, Text = olderText, ContentHash = "sample-2", FetchedUtc = DateTime.UtcNow,
        };
        older.Mentions.Add(new Mention { Actor = openai, Start = olderText.IndexOf("OpenAI", StringComparison.Ordinal), Length = 6, Surface = "OpenAI", AnalyzerVersion = "test" });

        db.Articles.AddRange(article, older);
        await db.SaveChangesAsync();
        return new SampleData(article.Id, older.Id, article.Title);

        static int At(string part) => Text.IndexOf(part, StringComparison.Ordinal);

        Event Event(string type, string? date, DateOnly? start, decimal amount, string evidence, params Actor[] actors)
        {
            var e = new Event
            {
                Type = type, Date = date, DateStart = start, AmountValue = amount, AmountCurrency = "USD", Evidence = evidence,
                EvidenceStart = At(evidence), EvidenceLength = evidence.Length, AnalyzerVersion = "test",
            };
            e.Actors.AddRange(actors.Select((a, i) => new EventActor { Actor = a, Position = i }));
            return e;
        }
    }

    private static async Task<Actor> ActorAsync(AiWatchDbContext db, string slug, string name, ActorKind kind) =>
        await db.Actors.SingleOrDefaultAsync(a => a.Slug == slug)
        ?? db.Actors.Add(new Actor { Slug = slug, Name = name, Kind = kind }).Entity;
}
