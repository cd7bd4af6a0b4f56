using System.Text.Json;
using AiWatch.Core.Extraction;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>
/// Saved pages in testdata/ (French pages in UTF-8, UTF-8 with BOM, windows-1252 and ISO-8859-1, plus a
/// plain-text copy) read through DocumentFiles and extracted: the text must equal &lt;name&gt;.expected.txt and
/// the metadata &lt;name&gt;.expected.json, whose "url" is the address the page is extracted as.
/// </summary>
public sealed class GoldenFileTests
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "Extraction", "testdata");

    public static TheoryData<string> Pages() => new(PageFiles());

    private static List<string> PageFiles() =>
        Directory.EnumerateFiles(TestData).Where(f => DocumentFiles.IsSupported(f) && !f.Contains(".expected.", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Extracts_golden_page(string file)
    {
        var path = Path.Combine(TestData, file);
        var stem = Path.Combine(TestData, DocumentFiles.IdOf(file));
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(stem + ".expected.json"));
        var meta = expected.RootElement;
        var document = (await DocumentFiles.ReadAsync(path)) with { Url = meta.GetProperty("url").GetString()! };

        var article = ContentExtractor.Extract(document);

        Assert.Equal((await File.ReadAllTextAsync(stem + ".expected.txt")).TrimEnd('\n'), article.Text);
        Assert.Equal(meta.GetProperty("title").GetString(), article.Title);
        Assert.Equal(meta.GetProperty("author").GetString(), article.Author);
        Assert.Equal(meta.GetProperty("published").GetString(), article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(meta.GetProperty("language").GetString(), article.Language);
        Assert.Equal(meta.GetProperty("canonicalUrl").GetString(), article.CanonicalUrl);
    }

    [Fact]
    public void Every_golden_page_has_expectations()
    {
        var pages = PageFiles();
        Assert.True(pages.Count >= 5, "the golden pages were not copied to the test output");
        Assert.All(pages, p => Assert.True(File.Exists(Path.Combine(TestData, DocumentFiles.IdOf(p) + ".expected.txt")), p));
    }
}
