using System.Text;
using AiWatch.Core.Extraction;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Charset detection of HTML pages and text files: BOM, HTTP header, meta tags, fallbacks.</summary>
public sealed class DecodingTests
{
    private const string French = "Élisabeth a déclaré : « l’IA coûte 5 € »";

    static DecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string head, string body, Encoding encoding) =>
        encoding.GetBytes($"<html><head>{head}</head><body><p>{body}</p></body></html>");

    [Fact]
    public void Utf8_bom_wins_over_a_contrary_declaration()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Page("<meta charset=\"windows-1252\">", French, Encoding.UTF8)).ToArray();
        Assert.Contains(French, HtmlDecoding.Decode(bytes, "text/html; charset=iso-8859-1"));
    }

    [Fact]
    public void Utf16_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"<p>{French}</p>")).ToArray();
        Assert.Equal($"<p>{French}</p>", HtmlDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Http_header_charset_wins_over_meta()
    {
        var bytes = Page("<meta charset=\"utf-8\">", French, Encoding.GetEncoding(1252));
        Assert.Contains(French, HtmlDecoding.Decode(bytes, "text/html; charset=windows-1252"));
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">", 1252)]
    [InlineData("<meta charset=iso-8859-15>", 28605)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", 1252)]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=us-ascii'>", 1252)]
    public void Meta_charset_is_used(string meta, int codePage)
    {
        // Only characters every one of these code pages has.
        const string latin = "Élisabeth a déclaré : « ça coûte cher »";
        var bytes = Page(meta, latin, Encoding.GetEncoding(codePage));
        Assert.Contains(latin, HtmlDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Windows_1252_punctuation_survives_a_latin1_label()
    {
        // 0x92 and 0x80 are ’ and € in windows-1252, control characters in strict ISO-8859-1.
        var bytes = Page("<meta charset=\"iso-8859-1\">", French, Encoding.GetEncoding(1252));
        Assert.Contains("l’IA coûte 5 €", HtmlDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Invalid_utf8_declared_as_utf8_falls_back_to_windows_1252()
    {
        var bytes = Page("<meta charset=\"utf-8\">", French, Encoding.GetEncoding(1252));
        Assert.Contains(French, HtmlDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Undeclared_pages_are_utf8_when_valid_else_windows_1252()
    {
        Assert.Contains(French, HtmlDecoding.Decode(Page("", French, Encoding.UTF8), null));
        Assert.Contains(French, HtmlDecoding.Decode(Page("", French, Encoding.GetEncoding(1252)), null));
    }

    [Theory]
    [InlineData("<meta charset=\"utf-16\">")]
    [InlineData("<meta charset=\"x-unknown-charset\">")]
    public void Impossible_or_unknown_labels_fall_back_to_detection(string meta) =>
        Assert.Contains(French, HtmlDecoding.Decode(Page(meta, French, Encoding.UTF8), null));

    [Fact]
    public void Text_files_use_bom_then_utf8_then_windows_1252()
    {
        Assert.Equal(French, TextDecoding.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(French)).ToArray()));
        Assert.Equal(French, TextDecoding.Decode(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(French)).ToArray()));
        Assert.Equal(French, TextDecoding.Decode(Encoding.UTF8.GetBytes(French)));
        Assert.Equal(French, TextDecoding.Decode(Encoding.GetEncoding(1252).GetBytes(French)));
    }
}
