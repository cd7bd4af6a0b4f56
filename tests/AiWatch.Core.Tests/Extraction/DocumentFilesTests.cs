using System.IO.Compression;
using System.Text;
using AiWatch.Core.Extraction;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Reading local article files: gzip, errors, extensions, ids.</summary>
public sealed class DocumentFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("aiwatch-docs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }
        return buffer.ToArray();
    }

    [Theory]
    [InlineData("/data/000_9bdc4ba31baf76a0.txt", "000_9bdc4ba31baf76a0")]
    [InlineData("/data/page.html.gz", "page")]
    [InlineData("page.HTM.GZ", "page")]
    [InlineData("/data/le.monde.article.html", "le.monde.article")]
    [InlineData("archive.tar.gz", "archive")]
    public void Id_is_the_name_without_gz_and_extension(string path, string id) => Assert.Equal(id, DocumentFiles.IdOf(path));

    [Theory]
    [InlineData("a.html", true)]
    [InlineData("a.htm", true)]
    [InlineData("a.txt", true)]
    [InlineData("a.TXT.gz", true)]
    [InlineData("a.html.gz", true)]
    [InlineData("a.pdf", false)]
    [InlineData("a.gz", false)]
    [InlineData("a.json.gz", false)]
    public void Supports_html_and_text_optionally_gzipped(string path, bool supported) =>
        Assert.Equal(supported, DocumentFiles.IsSupported(path));

    [Fact]
    public async Task Reads_gzipped_html_as_html()
    {
        var path = Write("page.html.gz", Gzip(Encoding.UTF8.GetBytes("<html><body><p>Été</p></body></html>")));
        var document = await DocumentFiles.ReadAsync(path);
        Assert.Equal("page", document.Id);
        Assert.True(document.IsHtml);
        Assert.Contains("Été", document.Content);
        Assert.StartsWith("file://", document.Url);
    }

    [Fact]
    public async Task Reads_windows_1252_text_as_plain_text()
    {
        var path = Write("copie.txt", Encoding.GetEncoding(1252).GetBytes("Titre\nL’été coûte 5 €."));
        var document = await DocumentFiles.ReadAsync(path);
        Assert.False(document.IsHtml);
        Assert.Equal("Titre\nL’été coûte 5 €.", document.Content);
    }

    [Fact]
    public async Task Bad_gzip_is_a_clear_invalid_data_error()
    {
        var path = Write("broken.html.gz", Encoding.ASCII.GetBytes("this is not gzip at all"));
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => DocumentFiles.ReadAsync(path));
        Assert.Contains("gzip", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Binary_content_is_refused()
    {
        var path = Write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        await Assert.ThrowsAsync<InvalidDataException>(() => DocumentFiles.ReadAsync(path));
    }

    [Fact]
    public void Expand_lists_supported_files_sorted_and_reports_bad_inputs()
    {
        Write("b/2.txt", [0x41]);
        Write("a.html.gz", Gzip([0x41]));
        Write("b/1.html", [0x41]);
        Write("notes.pdf", [0x41]);
        var direct = Write("direct.pdf", [0x41]);
        var missing = Path.Combine(folder, "missing.html");

        var results = DocumentFiles.Expand([folder, direct, missing]).ToList();

        var found = results.Where(r => r.Error is null).Select(r => Path.GetRelativePath(folder, r.Path)).ToList();
        Assert.Equal(["a.html.gz", Path.Combine("b", "1.html"), Path.Combine("b", "2.txt")], found);
        Assert.Contains(results, r => r.Path == direct && r.Error!.Contains("unsupported", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Path == missing && r.Error == "no such file or directory");
    }
}
