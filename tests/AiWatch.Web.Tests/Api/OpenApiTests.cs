using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiWatch.Web.Tests.Api;

public sealed class OpenApiTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public OpenApiTests(SampleApplication app) => this.app = app;

    [Fact]
    public async Task Every_api_route_is_described()
    {
        var document = await app.CreateClient().GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal) && !r.Contains("{**", StringComparison.Ordinal))
            // The document writes "/api/articles/{id}" for the route "/api/articles/{id:int}" and drops trailing slashes.
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r, ":[a-z]+}", "}").TrimEnd('/'))
            .ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.Contains(route, paths));
        Assert.Contains("/api/disputes/{slug}", paths);
        Assert.Equal(JsonValueKind.String, document.GetProperty("openapi").ValueKind);
    }
}
