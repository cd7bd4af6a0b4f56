using System.Text;
using AiWatch.Core.Scraping;

namespace AiWatch.Core.Tests.Scraping;

public sealed class PageValidatorsTests
{
    [Fact]
    public void A_decoded_page_keeps_the_validators_of_its_response()
    {
        var response = new FetchResponse(new Uri("https://exemple.fr/a.html"), false, "text/html; charset=utf-8",
            Encoding.UTF8.GetBytes("<html><body><p>Texte</p></body></html>"), "\"abc\"", "Fri, 20 Nov 2026 08:00:00 GMT");

        var document = PageFetcher.Decode(new Uri("https://exemple.fr/a.html"), response);

        Assert.Equal("\"abc\"", document.ETag);
        Assert.Equal("Fri, 20 Nov 2026 08:00:00 GMT", document.LastModified);
    }
}
