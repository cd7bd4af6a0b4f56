using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiWatch.Web.Tests;

/// <summary>Signing in as the admin and submitting forms the way a browser does (with the antiforgery token).</summary>
public static class AdminClient
{
    /// <summary>The password <see cref="AiWatchApplication"/> configures (AiWatch:Admin:Password).</summary>
    public const string Password = "mot-de-passe-de-test-42";

    /// <summary>
    /// A client that keeps cookies and is signed in as the admin. By default it does not follow redirects (tests
    /// assert them); <paramref name="followRedirects"/> makes it land on the page a form redirects to.
    /// </summary>
    public static async Task<HttpClient> CreateAdminClientAsync(this WebApplicationFactory<Program> app, string password = Password, bool followRedirects = false)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });
        using var response = await client.SubmitFormAsync("/account/signin", new Dictionary<string, string> { ["Password"] = password });
        var signedIn = followRedirects ? response.RequestMessage?.RequestUri?.AbsolutePath == "/admin" : response.StatusCode == HttpStatusCode.Redirect;
        Assert.True(signedIn, $"Sign-in failed: {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}");
        return client;
    }

    /// <summary>
    /// GETs <paramref name="url"/>, takes the POST form in its main content (or the one <paramref name="formSelector"/>
    /// names), keeps its current values including the antiforgery token, overrides them with
    /// <paramref name="fields"/>, and posts it; <paramref name="handler"/> picks a named page handler (?handler=).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, IReadOnlyDictionary<string, string> fields,
        string formSelector = "main form[method=post]", string? handler = null)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var values = CurrentValues(form);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        if (handler is not null)
        {
            action += (action.Contains('?') ? "&" : "?") + "handler=" + Uri.EscapeDataString(handler);
        }
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>What the browser would send if the form were submitted untouched.</summary>
    public static Dictionary<string, string> CurrentValues(IHtmlFormElement form)
    {
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset":
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    break;
                case IHtmlInputElement input:
                    values[name] = input.Value;
                    break;
                case IHtmlTextAreaElement textarea:
                    values[name] = textarea.Value;
                    break;
                case IHtmlSelectElement select:
                    values[name] = select.Value ?? "";
                    break;
            }
        }
        return values;
    }

    /// <summary>POSTs a form body to <paramref name="url"/> as is: no token unless the caller adds one.</summary>
    public static Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string url, IReadOnlyDictionary<string, string> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields));

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;

    public static IElement? Alert(this IDocument page) => page.QuerySelector("main [role=alert]");
}
