using AiWatch.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests.Hosting;

public sealed class ActorProfileTests
{
    private static readonly string[] CoreActors = ["elon-musk", "sam-altman", "masayoshi-son", "openai", "microsoft", "softbank", "oracle", "nvidia"];

    [Fact]
    public async Task Core_actors_get_their_profile_from_docs_at_start_up()
    {
        using var app = new AiWatchApplication();
        app.CreateClient();

        var profiles = await app.WithDbAsync(db => db.Actors.Where(a => a.ProfileMarkdown != null).ToDictionaryAsync(a => a.Slug, a => a.ProfileMarkdown!));

        foreach (var slug in CoreActors)
        {
            Assert.True(profiles.ContainsKey(slug), $"{slug} has no profile");
            Assert.StartsWith("### ", profiles[slug]);
            Assert.Contains("](https://", profiles[slug]);
        }
    }

    [Fact]
    public async Task An_admin_s_edit_survives_a_restart()
    {
        using var first = new AiWatchApplication();
        var client = await first.CreateAdminClientAsync();
        await client.SubmitFormAsync("/admin/actors/softbank/edit", new Dictionary<string, string> { ["Input.Profile"] = "Profil écrit par l’admin." });

        using var second = new AiWatchApplication(first.DatabasePath);
        second.CreateClient();

        Assert.Equal("Profil écrit par l’admin.", await second.WithDbAsync(db => db.Actors.Where(a => a.Slug == "softbank").Select(a => a.ProfileMarkdown).SingleAsync()));
    }

    [Fact]
    public void The_profiles_folder_is_found_beside_the_seeds_folder()
    {
        var folder = ActorProfiles.FolderBeside(SeedPaths.FindSeedsFolder());

        Assert.NotNull(folder);
        Assert.True(File.Exists(Path.Combine(folder, "openai.md")));
        Assert.Null(ActorProfiles.FolderBeside(Path.GetTempPath()));
        Assert.Null(ActorProfiles.FolderBeside(null));
    }
}

public sealed class UserActorRestartTests
{
    [Fact]
    public async Task An_actor_added_in_the_app_survives_a_restart_even_without_mentions()
    {
        using var first = new AiWatchApplication();
        var client = await first.CreateAdminClientAsync();
        await client.SubmitFormAsync("/admin/actors/new", new Dictionary<string, string> { ["Input.Name"] = "Arthur Personne", ["Input.Profile"] = "Profil." });

        using var second = new AiWatchApplication(first.DatabasePath);
        second.CreateClient();

        Assert.Equal("Profil.", await second.WithDbAsync(db => db.Actors.Where(a => a.Slug == "arthur-personne").Select(a => a.ProfileMarkdown).SingleAsync()));
    }
}
