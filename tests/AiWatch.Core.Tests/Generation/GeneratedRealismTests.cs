using System.Text.RegularExpressions;
using AiWatch.Core.Generation;
using AiWatch.Core.Ingestion;
using Xunit.Abstractions;

namespace AiWatch.Core.Tests.Generation;

/// <summary>
/// Generated articles must read like real ones to the pipeline: the extractor finds title, date and body without
/// the furniture, and the analyser finds most of the actors, quotes and amounts the generator wrote. Thresholds
/// sit a little under what was measured on this sample, so a regression on either side fails. Measured: titles and
/// dates 200/200, paragraphs 98.3 % (the lost ones are mostly a lead in the page's header, which the extractor
/// sometimes drops, hence amounts 95.0 %), actors 99.7 %, quotes 100 % with 72 % of speakers right (the analyser
/// misses "Pour X, analyste, « … »" and "Selon X, …, « … »", and some "a-t-elle ajouté").
/// </summary>
public sealed partial class GeneratedRealismTests(ITestOutputHelper output)
{
    private static IReadOnlyList<ReadBack> Corpus => GeneratedCorpus.Articles;

    [Fact]
    public void The_extractor_finds_the_title_and_the_date()
    {
        var titles = Corpus.Count(r => r.Extracted.Title == r.Article.Truth.Title);
        var dates = Corpus.Count(r => r.Extracted.Published == r.Article.Truth.Published);
        output.WriteLine($"titles {titles}/{Corpus.Count}, dates {dates}/{Corpus.Count}");
        Assert.Equal(Corpus.Count, titles);
        Assert.Equal(Corpus.Count, dates);
    }

    [Fact]
    public void The_extracted_text_is_the_body_without_furniture()
    {
        var page = GeneratorData.Instance.Page;
        // Long furniture must not appear anywhere; short labels ("Contact", "Partager") must not stand as a line of their own.
        var phrases = page.CookieBanners
            .Concat(page.NewsletterBoxes.Select(b => b.Pitch))
            .Concat(page.RelatedTitles)
            .Concat(page.BioTemplates.Select(b => b[(b.IndexOf('}') + 1)..]))
            .ToList();
        var labels = page.NewsletterBoxes.Select(b => b.Title).Concat(page.RelatedHeadings).Concat(page.FooterLinks)
            .Concat(page.Navigation).Concat(page.ShareNetworks).Append(page.AdLine).Append(page.ShareLabel)
            .ToHashSet(StringComparer.Ordinal);
        var leaks = Corpus.SelectMany(r =>
            phrases.Where(f => r.Extracted.Text.Contains(f, StringComparison.Ordinal))
                .Concat(r.Extracted.Text.Split('\n').Where(line => labels.Contains(line) || page.ReadAlsoLabels.Any(l => line.StartsWith(l, StringComparison.Ordinal)) || line.Contains(page.Copyright, StringComparison.Ordinal)))
                .Select(f => $"{r.Article.RelativePath}: {f}")).ToList();
        Assert.Empty(leaks);

        var paragraphs = Corpus.Sum(r => r.Article.Truth.Paragraphs.Count);
        var kept = Corpus.Sum(r => r.Article.Truth.Paragraphs.Count(p => r.Extracted.Text.Contains(p, StringComparison.Ordinal)));
        output.WriteLine($"paragraphs kept {kept}/{paragraphs}");
        Assert.True(kept >= paragraphs * 0.98, $"{kept}/{paragraphs} paragraphs kept");
    }

    [Fact]
    public void Articles_are_300_to_900_words_and_vary()
    {
        var words = Corpus.Select(r => SimHash.Words(string.Join(' ', r.Article.Truth.Paragraphs)).Count).ToList();
        output.WriteLine($"words min {words.Min()} max {words.Max()} mean {words.Average():F0}");
        Assert.All(words, w => Assert.InRange(w, 300, 1000));
        Assert.True(words.Max() - words.Min() > 300);
        Assert.True(Corpus.Select(r => r.Article.Truth.Kind).Distinct().Count() >= 8);
        Assert.InRange(Corpus.Count(r => !r.Article.IsHtml), Corpus.Count / 20, Corpus.Count / 4);
    }

    [Fact]
    public void The_analyser_finds_the_actors_named()
    {
        var expected = Corpus.Sum(r => r.Article.Truth.Actors.Count);
        var found = Corpus.Sum(r => r.Article.Truth.Actors.Count(slug => r.Analysis.Mentions.Any(m => m.Slug == slug)));
        output.WriteLine($"actors {found}/{expected} = {Ratio(found, expected):F3}");
        Assert.True(Ratio(found, expected) >= 0.97, $"actor recall {found}/{expected}");
    }

    [Fact]
    public void The_analyser_finds_the_quotes_and_their_speakers()
    {
        var pairs = Corpus.SelectMany(r => r.Article.Truth.Quotes.Select(q => (Truth: q, Found: r.Analysis.Quotes.FirstOrDefault(a => Same(a.Text, q.Text))))).ToList();
        var found = pairs.Count(p => p.Found is not null);
        var speakers = pairs.Count(p => p.Found is not null && SameSpeaker(p.Truth, p.Found));
        output.WriteLine($"quotes {found}/{pairs.Count} = {Ratio(found, pairs.Count):F3}, speakers right {speakers}/{found}");
        foreach (var miss in pairs.Where(p => p.Found is not null && !SameSpeaker(p.Truth, p.Found)).Take(15))
        {
            output.WriteLine($"  speaker {miss.Truth.SpeakerSlug ?? miss.Truth.SpeakerName} read as {miss.Found!.SpeakerSlug ?? miss.Found.SpeakerName ?? "-"}: {miss.Truth.Text}");
        }
        Assert.True(Ratio(found, pairs.Count) >= 0.97, $"quote recall {found}/{pairs.Count}");
        Assert.True(Ratio(speakers, found) >= 0.65, $"speakers {speakers}/{found}");
    }

    [Fact]
    public void The_analyser_finds_the_amounts()
    {
        var expected = 0;
        var found = 0;
        foreach (var r in Corpus)
        {
            var left = r.Analysis.Amounts.Select(a => (a.Value, a.Currency)).ToList();
            foreach (var amount in r.Article.Truth.Amounts)
            {
                expected++;
                if (left.Remove((amount.Value, amount.Currency)))
                {
                    found++;
                }
                else
                {
                    output.WriteLine($"  missed {amount.Text} in {r.Article.RelativePath}");
                }
            }
        }
        output.WriteLine($"amounts {found}/{expected} = {Ratio(found, expected):F3}");
        Assert.True(Ratio(found, expected) >= 0.93, $"amount recall {found}/{expected}");
    }

    /// <summary>
    /// SimHash links copies of one story (<see cref="SimHashIndex.MaxDistance"/> bits or less). Generated articles
    /// share a vocabulary, which pulls their hashes closer than unrelated real pages (181 real pages: mean 31.9 bits),
    /// so both the closest pair and the mean are checked: measured 12 and 29.8 bits on this sample.
    /// </summary>
    [Fact]
    public void No_two_generated_articles_are_near_duplicates()
    {
        var hashes = Corpus.Select(r => SimHash.Compute(r.Extracted.Text)).ToList();
        var distances = new List<int>();
        for (var i = 0; i < hashes.Count; i++)
        {
            for (var j = i + 1; j < hashes.Count; j++)
            {
                distances.Add(SimHash.Distance(hashes[i], hashes[j]));
            }
        }
        output.WriteLine($"closest pair {distances.Min()} bits, mean {distances.Average():F1} (near-duplicates at {SimHashIndex.MaxDistance} or less)");
        Assert.True(distances.Min() > SimHashIndex.MaxDistance + 3, $"closest pair {distances.Min()} bits apart");
        Assert.True(distances.Average() > 28, $"mean distance {distances.Average():F1} bits");
    }

    // Someone outside the registry named in full once and by surname afterwards is read by the surname near the quote.
    private static bool SameSpeaker(GeneratedQuote truth, AiWatch.Core.Analysis.QuoteMatch found) => truth.SpeakerSlug is null
        ? found.SpeakerName is { } name && (name == truth.SpeakerName || truth.SpeakerName!.EndsWith(" " + name, StringComparison.Ordinal))
        : found.SpeakerSlug == truth.SpeakerSlug;

    private static double Ratio(int found, int expected) => expected == 0 ? 1 : (double)found / expected;

    private static bool Same(string a, string b) => Normal(a) == Normal(b);

    private static string Normal(string text) => Spaces().Replace(text, " ").Trim().TrimEnd('.', ',', ' ').Replace('’', '\'');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
