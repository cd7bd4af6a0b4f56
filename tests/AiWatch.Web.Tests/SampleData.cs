using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests;

/// <summary>
/// Two articles inserted straight into the database, with facts at offsets the tests know, so the pages can be
/// checked independently of how good the analyser is. Actors are reused when the seeds already created them.
/// </summary>
public sealed record SampleData(int ArticleId, int OlderArticleId, string Title, IReadOnlyList<int> LawsuitArticleIds)
{
    /// <summary>The lawsuit told by three outlets (one story, one event group); the third calls Musk by an epithet.</summary>
    public static readonly string[] LawsuitTexts =
    [
        "Elon Musk poursuit OpenAI en justice. La plainte vise aussi Sam Altman.",
        "Elon Musk poursuit OpenAI en justice. OpenAI estimerait que la plainte est infondée.",
        "Elon Musk poursuit OpenAI en justice. Le patron de Tesla accuse la société de trahison.",
    ];
    public static readonly string[] LawsuitSources = ["www.exemple.fr", "www.autre.fr", "www.troisieme.fr"];
    public const string LawsuitEvidence = "Elon Musk poursuit OpenAI en justice.";
    public const string HedgedClaim = "OpenAI estimerait que la plainte est infondée.";
    public const string Epithet = "Le patron de Tesla";
    public const string DisputeSlug = "elon-musk-vs-openai";
    public const string FailedInput = "https://www.exemple.fr/page-illisible";
    /// <summary>Markdown with what must not get through: raw HTML and a script link.</summary>
    public const string OpenAiProfile = "**OpenAI** est un laboratoire d’IA. [Son site](https://openai.com) · [piège](javascript:alert(1))\n\n<script>alert(1)</script>";

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
        var lawsuitIds = await InsertLawsuitAsync(db, source, openai, altman, musk, softbank, article.Id);
        return new SampleData(article.Id, older.Id, article.Title, lawsuitIds);

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

    /// <summary>
    /// The reading side's data: the lawsuit reported three times (grouped, approximate date, one story with a revision),
    /// a hedged claim, an epithet, the Musk × OpenAI dispute, co-mentions, a profile and an ingestion failure.
    /// </summary>
    private static async Task<IReadOnlyList<int>> InsertLawsuitAsync(AiWatchDbContext db, Source exemple, Actor openai, Actor altman, Actor musk, Actor softbank, int mainArticleId)
    {
        var group = new EventGroup { Type = "lawsuit", Date = "2025-05", DateStart = new DateOnly(2025, 5, 1), ActorSlugs = "elon-musk,openai", SourceCount = 3 };
        var story = new Story { ArticleCount = 3, CreatedUtc = DateTime.UtcNow };
        var articles = new List<Article>();
        for (var i = 0; i < 3; i++)
        {
            var text = LawsuitTexts[i];
            var source = i == 0 ? exemple : new Source { Kind = SourceKind.Site, Name = LawsuitSources[i], CreatedUtc = DateTime.UtcNow };
            var url = $"https://{LawsuitSources[i]}/musk-poursuit-openai";
            var copy = new Article
            {
                Source = source, Url = url, CanonicalUrl = url, Title = $"Musk attaque OpenAI ({LawsuitSources[i]})", PublishedDate = new DateOnly(2025, 5, 10 + i),
                ContentType = "text/plain", RawContent = text, Text = text, ContentHash = $"lawsuit-{i}", FetchedUtc = DateTime.UtcNow, Story = story,
            };
            foreach (var (actor, surface) in new[] { (musk, "Elon Musk"), (openai, "OpenAI"), (altman, "Sam Altman") })
            {
                for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                {
                    copy.Mentions.Add(new Mention { Actor = actor, Start = at, Length = surface.Length, Surface = surface, AnalyzerVersion = "test" });
                }
            }
            var lawsuit = new Event
            {
                Type = "lawsuit", Date = "2025-05", DateStart = new DateOnly(2025, 5, 1), DateApproximate = true, Group = group, Evidence = LawsuitEvidence,
                EvidenceStart = 0, EvidenceLength = LawsuitEvidence.Length, AnalyzerVersion = "test",
            };
            lawsuit.Actors.AddRange([new EventActor { Actor = musk, Position = 0 }, new EventActor { Actor = openai, Position = 1 }]);
            copy.Events.Add(lawsuit);
            articles.Add(copy);
        }
        articles[1].Claims.Add(new Claim
        {
            SpeakerActor = openai, TargetActor = musk, Text = HedgedClaim, Hedged = true, Start = LawsuitTexts[1].IndexOf(HedgedClaim, StringComparison.Ordinal),
            Length = HedgedClaim.Length, AnalyzerVersion = "test",
        });
        articles[2].Mentions.Add(new Mention
        {
            Actor = musk, Kind = MentionKind.Epithet, Start = LawsuitTexts[2].IndexOf(Epithet, StringComparison.Ordinal), Length = Epithet.Length, Surface = Epithet, AnalyzerVersion = "test",
        });
        articles[0].Revisions.Add(new ArticleRevision { Title = "Musk contre OpenAI", Text = "Ancienne version.", RawContent = "Ancienne version.", ContentHash = "old", FetchedUtc = DateTime.UtcNow, ReplacedUtc = DateTime.UtcNow });
        db.Articles.AddRange(articles);
        if (!await db.ActorAliases.AnyAsync(a => a.ActorId == musk.Id && a.Text == "le patron de Tesla"))
        {
            db.ActorAliases.Add(new ActorAlias { ActorId = musk.Id, Text = "le patron de Tesla", Kind = AliasKind.Epithet });
        }
        openai.ProfileMarkdown = OpenAiProfile;
        db.IngestionFailures.Add(new IngestionFailure { Input = FailedInput, Reason = "HTTP 500", OccurredUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();

        story.FirstArticleId = articles[0].Id;
        var (a, b) = musk.Id < openai.Id ? (musk, openai) : (openai, musk);
        // The seeds ingested at start-up already made this dispute; the sample's own counts and dates replace it.
        db.Disputes.RemoveRange(db.Disputes.Where(d => d.Slug == DisputeSlug));
        db.Disputes.Add(new Dispute
        {
            Slug = DisputeSlug, ActorAId = a.Id, ActorBId = b.Id, EventCount = 2, ClaimCount = 2,
            FirstDate = new DateOnly(2025, 4, 1), LastDate = new DateOnly(2025, 5, 12), UpdatedUtc = DateTime.UtcNow,
        });
        // Musk and OpenAI share a sentence in the main article and in each report of the lawsuit; OpenAI and SoftBank once.
        db.CoMentions.AddRange(articles.Select(x => Pair(x.Id, musk, openai, 1)).Append(Pair(mainArticleId, musk, openai, 2)).Append(Pair(mainArticleId, openai, softbank, 1)));
        await db.SaveChangesAsync();
        return articles.Select(x => x.Id).ToList();

        static CoMention Pair(int articleId, Actor x, Actor y, int count) => new()
        {
            ArticleId = articleId, ActorAId = Math.Min(x.Id, y.Id), ActorBId = Math.Max(x.Id, y.Id), SentenceCount = count, AnalyzerVersion = "test",
        };
    }

    private static async Task<Actor> ActorAsync(AiWatchDbContext db, string slug, string name, ActorKind kind) =>
        await db.Actors.SingleOrDefaultAsync(a => a.Slug == slug)
        ?? db.Actors.Add(new Actor { Slug = slug, Name = name, Kind = kind }).Entity;
}
