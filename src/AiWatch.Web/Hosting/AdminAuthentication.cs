using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>Cookie sign-in for the one admin; every page under Pages/Admin requires it.</summary>
public static class AdminAuthentication
{
    public const string SignInPath = "/account/signin";
    public const string SignInRateLimit = RateLimits.SignIn;
    public const string CookieName = "AiWatch.Admin";

    public static IServiceCollection AddAiWatchAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddSingleton<AdminPassword>();
        services.AddHostedService<AdminPasswordStartup>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AdminOptions>>((cookie, admin) =>
            {
                cookie.LoginPath = SignInPath;
                cookie.AccessDeniedPath = SignInPath;
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                // Strict: the admin cookie never rides along a request started from another site.
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = admin.Value.SessionIdleTimeout;
                cookie.SlidingExpiration = true;
            });
        services.AddAuthorization();
        services.AddAiWatchRateLimits();
        return services;
    }
}
