using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Hostile;

/// <summary>
/// The committed hostile corpus (Hostile/testdata): each file is either refused with a clear reason or stored
/// safely, and a batch mixing them with good articles loses nothing.
/// </summary>
public sealed class HostileCorpusTests : IAsyncLifetime
{
    private TempDatabase database = null!;

    public async Task InitializeAsync() => database = await TempDatabase.CreateWithActorsAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>Files no article can come from, and the reason each one gets.</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "empty.html", "no article text found" },
        { "whitespace-only.txt", "no article text found" },
        { "image-png.html", "binary content, not text" },
        { "archive-zip.txt", "binary content, not text" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Unreadable_files_fail_with_their_reason(string name, string reason)
    {
        var path = HostileIngestion.File(name);

        var result = Assert.Single(await HostileIngestion.IngestAsync(database, [path]));

        Assert.Equal((IngestStatus.Failed, reason), (result.Status, result.Error));
        await using var db = database.Open();
        Assert.Equal((path, reason), await db.IngestionFailures.Select(f => ValueTuple.Create(f.Input, f.Reason)).SingleAsync());
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Theory]
    [InlineData("invalid-utf8.txt", "lundi")]
    [InlineData("utf16le-sans-bom.txt", "mardi")]
    [InlineData("utf16be-sans-bom.html", "mercredi")]
    [InlineData("declared-utf8-is-cp1252.html", "jeudi")]
    [InlineData("declared-unknown-charset.html", "vendredi")]
    [InlineData("declared-utf16-is-utf8.html", "samedi")]
    public async Task Badly_encoded_files_are_stored_with_their_accents(string name, string day)
    {
        var result = Assert.Single(await HostileIngestion.IngestAsync(database, [HostileIngestion.File(name)]));

        Assert.Equal(IngestStatus.Ingested, result.Status);
        await using var db = database.Open();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("Microsoft investit dans OpenAI", article.Title);
        Assert.Contains($"déclaré {day} que", article.Text);
        Assert.Contains("« une étape décisive »", article.Text);
        Assert.DoesNotContain('\0', article.Text);
    }

    [Fact]
    public async Task Invalid_utf8_bytes_become_replacement_characters_not_mojibake()
    {
        await HostileIngestion.IngestAsync(database, [HostileIngestion.File("invalid-utf8.txt")]);

        await using var db = database.Open();
        var text = (await db.Articles.SingleAsync()).Text;
        Assert.Contains("président de Microsoft a \uFFFD\uFFFD(déclaré", text);
        Assert.DoesNotContain("Ã", text);
    }

    [Fact]
    public async Task Scripts_and_event_handlers_of_an_html_page_never_reach_the_stored_text()
    {
        await HostileIngestion.IngestAsync(database, [HostileIngestion.File("scripts-and-handlers.html")]);

        await using var db = database.Open();
        var article = await db.Articles.Include(a => a.Quotes).SingleAsync();
        Assert.Equal("Nvidia rachète une start-up", article.Title);
        Assert.Contains("« Nous voulons accélérer en Europe », a déclaré Jensen Huang", article.Text);
        var stored = string.Join('\n', [article.Title, article.Text, .. article.Quotes.Select(q => q.Text)]);
        foreach (var trace in new[] { "alert", "onerror", "onload", "onclick", "javascript:", "document.write", "injecté", "<" })
        {
            Assert.DoesNotContain(trace, stored);
        }
        Assert.Contains(article.Quotes, q => q.Text.Contains("accélérer en Europe"));
    }

    /// <summary>
    /// Markup typed into a plain-text article is text: stored as written, character for character, for the
    /// pages to encode (the web tests check that the browser never runs it).
    /// </summary>
    [Fact]
    public async Task Markup_in_a_text_file_is_stored_as_literal_text()
    {
        await HostileIngestion.IngestAsync(database, [HostileIngestion.File("scripts-in-text.txt")]);

        await using var db = database.Open();
        var article = await db.Articles.Include(a => a.Quotes).SingleAsync();
        Assert.Equal("Nvidia <script>alert('titre')</script> rachète une start-up", article.Title);
        Assert.Contains("française <img src=x onerror=alert('img')> spécialisée", article.Text);
        Assert.Contains(article.Quotes, q => q.Text.Contains("<script>alert('citation')</script>"));
    }

    [Fact]
    public async Task A_batch_of_the_whole_corpus_and_two_good_articles_stores_the_good_and_records_each_bad()
    {
        var seeds = Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(2).ToList();
        string[] inputs = [seeds[0], HostileIngestion.Corpus, seeds[1]];

        var results = await HostileIngestion.IngestAsync(database, inputs);

        var refused = Refused.Select(row => ((string)row[0], (string)row[1])).ToList();
        var failed = results.Where(r => r.Status == IngestStatus.Failed).Select(r => (Path.GetFileName(r.Input), r.Error!)).Order().ToList();
        Assert.Equal(refused.Order(), failed);
        Assert.Equal(Directory.GetFiles(HostileIngestion.Corpus).Length + 2 - refused.Count, results.Count(r => r.Status == IngestStatus.Ingested));
        await using (var db = database.Open())
        {
            Assert.Equal(2, await db.Articles.CountAsync(a => seeds.Select(s => new Uri(s).AbsoluteUri).Contains(a.Url)));
            Assert.Equal(refused.Count, await db.IngestionFailures.CountAsync());
        }
        await DatabaseHealth.AssertIntactAsync(database.ConnectionString);
    }
}
