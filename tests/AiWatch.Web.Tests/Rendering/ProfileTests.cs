using AiWatch.Web.Pages.Actors;

namespace AiWatch.Web.Tests.Rendering;

public sealed class ProfileTests
{
    [Theory]
    [InlineData("https://openai.com", true)]
    [InlineData("http://exemple.fr/a?b=c", true)]
    [InlineData("/actors/openai", true)]
    [InlineData("#profil", true)]
    [InlineData("autre-page", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("mailto:a@b.c", false)]
    public void Only_web_and_relative_links_are_safe(string url, bool safe)
    {
        Assert.Equal(safe, Profile.IsSafe(url));
    }

    [Fact]
    public void Raw_html_is_shown_as_text_and_unsafe_links_lose_their_target()
    {
        var html = Profile.ToHtml("<img src=x onerror=alert(1)> [a](javascript:alert(1)) ![i](data:image/png;base64,xx) <javascript:alert(1)>")!.ToString()!;

        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img", html);
        Assert.DoesNotContain("javascript:", html.Replace("&lt;javascript:alert(1)&gt;", ""));
        Assert.DoesNotContain("data:image", html);
    }

    [Fact]
    public void Empty_profiles_render_nothing()
    {
        Assert.Null(Profile.ToHtml("  "));
        Assert.Null(Profile.ToHtml(null));
    }
}
