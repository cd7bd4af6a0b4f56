using System.Text;
using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

public sealed class CsvTests
{
    [Theory]
    [InlineData("simple", "simple")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("dit « oui »; non", "\"dit « oui »; non\"")]
    [InlineData("il a dit \"non\"", "\"il a dit \"\"non\"\"\"")]
    [InlineData("deux\nlignes", "\"deux\nlignes\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcaché", "'\tcaché")]
    public void Cells_are_quoted_and_formulas_defused(string? value, string expected)
    {
        Assert.Equal(expected, Csv.Cell(value));
    }

    [Fact]
    public void File_is_utf8_with_a_bom_and_crlf_records()
    {
        var bytes = Csv.Write(["a", "b"], [["é", null]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("a,b\r\né,\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
