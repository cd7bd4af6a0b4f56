using System.Net;
using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Tests.Hosting;

public sealed class AdminPasswordTests
{
    private static WebApplicationFactory<Program> Capturing(AiWatchApplication app, LogCapture log) =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(log)));

    private static List<LogCapture.Entry> PasswordWarnings(LogCapture log) =>
        log.Entries.Where(e => e.Level == LogLevel.Warning && e.Properties.ContainsKey("AdminPassword")).ToList();

    [Fact]
    public async Task Without_configuration_a_password_is_generated_logged_once_and_only_its_hash_stored()
    {
        using var first = new EmptyApplication();
        first.Settings["AiWatch:Admin:Password"] = "";
        var firstLog = new LogCapture();
        var firstApp = Capturing(first, firstLog);
        firstApp.CreateClient();

        var warning = Assert.Single(PasswordWarnings(firstLog));
        var password = (string)warning.Properties["AdminPassword"]!;
        Assert.Equal(20, password.Length);
        var stored = await first.WithDbAsync(db => db.AppSettings.SingleAsync(s => s.Key == AdminPassword.SettingKey));
        Assert.DoesNotContain(password, stored.Value);
        Assert.Equal(HttpStatusCode.OK, (await (await firstApp.CreateAdminClientAsync(password)).GetAsync("/admin/ingest")).StatusCode);
        await firstApp.DisposeAsync();

        // A restart on the same database: nothing new generated, nothing printed, the same password still works.
        using var second = new AiWatchApplication(first.DatabasePath);
        second.Settings["AiWatch:Admin:Password"] = "";
        var secondLog = new LogCapture();
        var secondApp = Capturing(second, secondLog);
        var client = await secondApp.CreateAdminClientAsync(password);

        Assert.Empty(PasswordWarnings(secondLog));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(stored.Value, (await second.WithDbAsync(db => db.AppSettings.SingleAsync(s => s.Key == AdminPassword.SettingKey))).Value);
        await secondApp.DisposeAsync();
    }

    [Fact]
    public async Task A_configured_hash_is_used_and_nothing_is_generated()
    {
        using var app = new EmptyApplication();
        app.Settings["AiWatch:Admin:Password"] = "";
        app.Settings["AiWatch:Admin:PasswordHash"] = AdminPassword.Hash("un-mot-de-passe-haché");

        var client = await app.CreateAdminClientAsync("un-mot-de-passe-haché");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AppSettings.AnyAsync(s => s.Key == AdminPassword.SettingKey)));
    }

    [Fact]
    public void Verification_refuses_near_misses_and_empty_attempts()
    {
        Assert.False(new AdminPassword().Verify("anything"));

        var password = AdminPassword.WithHash(AdminPassword.Hash("correct horse battery"));
        Assert.True(password.Verify("correct horse battery"));
        Assert.False(password.Verify("correct horse batterY"));
        Assert.False(password.Verify(""));
        Assert.False(password.Verify(null));
    }

    [Fact]
    public void Generated_passwords_differ()
    {
        var passwords = Enumerable.Range(0, 20).Select(_ => AdminPassword.Generate()).ToHashSet();

        Assert.Equal(20, passwords.Count);
    }

    [Theory]
    [InlineData("Password", "court")]
    [InlineData("SignInAttemptsPerMinute", "0")]
    [InlineData("SessionIdleTimeout", "00:00:10")]
    public void Bad_admin_settings_are_refused_by_name(string name, string value)
    {
        var options = new AdminOptions();
        switch (name)
        {
            case "Password": options.Password = value; break;
            case "SignInAttemptsPerMinute": options.SignInAttemptsPerMinute = int.Parse(value); break;
            default: options.SessionIdleTimeout = TimeSpan.Parse(value); break;
        }

        var result = new AdminOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(name, result.FailureMessage);
        Assert.True(new AdminOptionsValidator().Validate(null, new AdminOptions()).Succeeded);
    }
}
