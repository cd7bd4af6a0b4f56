using System.Text.Encodings.Web;
using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

public sealed class HighlightTests
{
    private static string Render(string snippet)
    {
        using var writer = new StringWriter();
        Highlight.ToHtml(snippet).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Theory]
    [InlineData("la \uE000creme\uE001 fraiche", "la <mark>creme</mark> fraiche")]
    [InlineData("<b>\uE000x\uE001</b> & co", "&lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; co")]
    [InlineData("\uE000ouvert sans fin", "<mark>ouvert sans fin</mark>")]
    [InlineData("fermé\uE001 seul", "ferm&#xE9; seul")]
    [InlineData("", "")]
    public void Encodes_text_and_marks_hits(string snippet, string expected)
    {
        Assert.Equal(expected, Render(snippet));
    }
}
