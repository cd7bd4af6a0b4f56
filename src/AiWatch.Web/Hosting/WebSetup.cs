using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using AiWatch.Web.Api;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace AiWatch.Web.Hosting;

public static class WebSetup
{
    public static IServiceCollection AddAiWatchWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin");
            // One form for both: the same page adds an actor (no slug) or edits one.
            options.Conventions.AddPageRoute("/Admin/Actors/Edit", "admin/actors/new");
        });
        services.AddAiWatchAdmin();
        services.AddAiWatchProxy();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<ActorProfileStartup>();
        // French text is written as is ("é", not "&#xE9;"): readable source, smaller pages. Markup characters are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddProblemDetails();
        // The API's description, served at /openapi/v1.json.
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        return services;
    }

    public static WebApplication UseAiWatchPipeline(this WebApplication app)
    {
        app.UseAiWatchProxy();
        // Next, so the line it writes carries the status the rest of the pipeline settled on.
        app.UseMiddleware<RequestLogging>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseSecurityHeaders();
        // Empty 4xx/5xx page responses (a page's NotFound()) are rendered by the Status page; the API keeps its JSON.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseRouting();
        app.UseAllowedMethods();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapAiWatchEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapAiWatchApi();
        app.MapOpenApi();
        app.MapDownloads();
        app.MapHealth();
        return app;
    }
}
