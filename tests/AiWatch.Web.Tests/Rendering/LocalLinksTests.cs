using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace AiWatch.Web.Tests.Rendering;

public sealed class LocalLinksTests
{
    private static IUrlHelper UrlUnder(string pathBase)
    {
        var http = new DefaultHttpContext();
        http.Request.PathBase = pathBase;
        return new UrlHelper(new ActionContext(http, new RouteData(), new ActionDescriptor()));
    }

    [Theory]
    [InlineData("", "/articles/5#sentence-3", "/articles/5#sentence-3")]
    [InlineData("/aiwatch", "/articles/5#sentence-3", "/aiwatch/articles/5#sentence-3")]
    [InlineData("/aiwatch", "/search?q=musk&page=2", "/aiwatch/search?q=musk&page=2")]
    [InlineData("/aiwatch", "https://www.exemple.fr/article", "https://www.exemple.fr/article")]
    [InlineData("/aiwatch", "//ailleurs.example/x", "//ailleurs.example/x")]
    [InlineData("/aiwatch", "#sentence-3", "#sentence-3")]
    public void Paths_inside_the_app_get_the_base_path_and_nothing_else_does(string pathBase, string link, string expected)
    {
        Assert.Equal(expected, UrlUnder(pathBase).Local(link));
    }
}
