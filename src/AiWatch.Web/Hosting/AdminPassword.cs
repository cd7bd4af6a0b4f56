using System.Security.Cryptography;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>
/// Holds the admin password's hash and checks attempts against it. PasswordHasher is PBKDF2 with a salt and its
/// own iteration count, and compares in constant time.
/// </summary>
public sealed class AdminPassword
{
    public const string SettingKey = "admin.password-hash";
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly PasswordHasher<AdminPassword> Hasher = new();

    private string? hash;

    public bool IsReady => hash is not null;

    public bool Verify(string? attempt)
    {
        if (hash is null || string.IsNullOrEmpty(attempt))
        {
            return false;
        }
        return Hasher.VerifyHashedPassword(this, hash, attempt) != PasswordVerificationResult.Failed;
    }

    internal static AdminPassword WithHash(string hash) => new() { hash = hash };

    public static string Hash(string password) => Hasher.HashPassword(new AdminPassword(), password);

    /// <summary>A random password of 20 characters from an alphabet without look-alikes (about 116 bits).</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);

    /// <summary>
    /// Configuration first (clear password, then hash); otherwise the hash stored by an earlier start; otherwise a
    /// new random password, logged once and stored only as its hash.
    /// </summary>
    public async Task LoadAsync(AdminOptions options, AiWatchDbContext db, ILogger logger, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(options.Password))
        {
            hash = Hash(options.Password);
            return;
        }
        if (!string.IsNullOrEmpty(options.PasswordHash))
        {
            hash = options.PasswordHash;
            return;
        }
        var stored = await db.AppSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == SettingKey, ct);
        if (stored is not null)
        {
            hash = stored.Value;
            return;
        }
        var password = Generate();
        hash = Hash(password);
        db.AppSettings.Add(new AppSetting { Key = SettingKey, Value = hash });
        await db.SaveChangesAsync(ct);
        logger.LogWarning("Admin password generated: {AdminPassword} (shown once; only its hash is stored. Sign in at /account/signin, or set AiWatch:Admin:Password)", password);
    }
}

/// <summary>Runs after <see cref="DatabaseStartup"/> (hosted services start in order): the settings table exists by then.</summary>
public sealed class AdminPasswordStartup(IServiceScopeFactory scopes, AdminPassword password, IOptions<AdminOptions> options, ILogger<AdminPasswordStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await password.LoadAsync(options.Value, scope.ServiceProvider.GetRequiredService<AiWatchDbContext>(), logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
