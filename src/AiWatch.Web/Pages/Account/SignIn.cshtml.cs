using System.Security.Claims;
using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AiWatch.Web.Pages.Account;

/// <summary>The admin's sign-in: one password, checked against its PBKDF2 hash; attempts are rate-limited per address.</summary>
[EnableRateLimiting(AdminAuthentication.SignInRateLimit)]
public sealed class SignIn : PageModel
{
    public const string AdminName = "admin";

    private readonly AdminPassword password;
    private readonly ILogger<SignIn> logger;

    public SignIn(AdminPassword password, ILogger<SignIn> logger)
    {
        this.password = password;
        this.logger = logger;
    }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in; only a local path is followed, anything else goes to /admin.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!password.Verify(Password))
        {
            logger.LogWarning("Admin sign-in refused from {ClientAddress}", HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            ModelState.AddModelError(nameof(Password), "Mot de passe incorrect.");
            Password = null;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, AdminName)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        logger.LogInformation("Admin signed in from {ClientAddress}", HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "~/admin");
    }
}
