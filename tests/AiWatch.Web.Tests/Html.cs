using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace AiWatch.Web.Tests;

/// <summary>Fetches a page and parses it, so tests assert on elements rather than on raw strings.</summary>
public static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await ParseAsync(response, url, expected, client.BaseAddress);
    }

    /// <summary>Parses a response already received (a form's answer), checking its status and, for HTML, its validity.</summary>
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response, string url, HttpStatusCode expected = HttpStatusCode.OK, Uri? baseAddress = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: expected {(int)expected}, got {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            HtmlValidity.AssertValid(body, url);
        }
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(body).Address(new Uri(baseAddress ?? new Uri("http://localhost"), url)));
    }

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    public static IReadOnlyList<string> Hrefs(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.GetAttribute("href") ?? "").ToList();
}
