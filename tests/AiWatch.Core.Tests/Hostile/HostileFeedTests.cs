using AiWatch.Core.Feeds;
using AiWatch.Core.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiWatch.Core.Tests.Hostile;

/// <summary>
/// Feeds declaring entities: external ones (a local file, a URL), parameter entities and the "billion laughs"
/// expansion. Every DTD is refused before any entity is read, fetched or expanded.
/// </summary>
public sealed class HostileFeedTests
{
    private static readonly Uri FeedUrl = new("https://www.exemple.fr/rss");

    private static string Rss(string doctype, string title) =>
        $"<?xml version=\"1.0\"?>\n{doctype}\n<rss version=\"2.0\"><channel><title>{title}</title><item><link>https://www.exemple.fr/a</link></item></channel></rss>";

    public static TheoryData<string, string> Doctypes => new()
    {
        { "<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>", "&secret;" },
        { "<!DOCTYPE rss [<!ENTITY % distant SYSTEM \"http://127.0.0.1:9/dtd\"> %distant;]>", "T" },
        { "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/rss.dtd\">", "T" },
        { BillionLaughs, "&lol9;" },
    };

    private const string BillionLaughs = """
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        """;

    [Theory]
    [MemberData(nameof(Doctypes))]
    public void Any_dtd_is_refused_with_a_clear_error(string doctype, string title)
    {
        var error = Assert.Throws<FeedException>(() => FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(Rss(doctype, title)), FeedUrl));

        Assert.StartsWith("refused: the document declares a DTD", error.Message);
        Assert.EndsWith("feeds with DOCTYPE or entity declarations are not read", error.Message);
    }

    [Fact]
    public async Task An_external_entity_pointing_at_a_server_is_never_fetched()
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/secret", () => Results.Text("secret")));
        var xml = Rss($"<!DOCTYPE rss [<!ENTITY secret SYSTEM \"{server.BaseUrl}/secret\"><!ENTITY % p SYSTEM \"{server.BaseUrl}/secret\"> %p;]>", "&secret;");

        Assert.Throws<FeedException>(() => FeedParser.Parse(xml, FeedUrl));

        Assert.Equal(0, server.Hits("/secret"));
    }
}
