using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AiWatch.Web.Tests.Browser;

/// <summary>
/// Waits for a page to be at a URL by polling its address (Playwright's URL assertion). <c>WaitForURLAsync</c>
/// raced on a loaded machine both ways: waiting for "load" could miss it, and when the navigation had already
/// committed before the call, it waited for a load state instead and timed out (CI, 30 s). The next step then
/// waits for the elements it uses, which locators do by themselves.
/// </summary>
public static class PageUrl
{
    private static readonly PageAssertionsToHaveURLOptions Patience = new() { Timeout = 30_000 };

    /// <summary>Waits until the page's URL matches <paramref name="glob"/>: <c>*</c> and <c>**</c> stand for any characters, the rest is literal.</summary>
    public static Task ArrivedAtAsync(this IPage page, string glob) => Assertions.Expect(page).ToHaveURLAsync(Pattern(glob), Patience);

    /// <summary>The regular expression of a URL glob, anchored at both ends.</summary>
    public static Regex Pattern(string glob) =>
        new("^" + string.Join(".*", glob.Split('*').Select(Regex.Escape)) + "$");
}
