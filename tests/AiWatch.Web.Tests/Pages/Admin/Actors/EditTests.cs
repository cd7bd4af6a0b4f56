using System.Net;
using AiWatch.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Tests.Pages.Admin.Actors;

public sealed class EditTests : IClassFixture<SampleApplication>
{
    private readonly SampleApplication app;

    public EditTests(SampleApplication app) => this.app = app;

    private Task<Actor> ActorAsync(string slug) =>
        app.WithDbAsync(db => db.Actors.AsNoTracking().Include(a => a.Aliases).SingleAsync(a => a.Slug == slug));

    [Fact]
    public async Task A_new_actor_is_saved_as_a_user_actor_and_gets_a_dossier()
    {
        var client = await app.CreateAdminClientAsync();

        var response = await client.SubmitFormAsync("/admin/actors/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Élisabeth Borne",
            ["Input.Kind"] = "Person",
            ["Input.Role"] = "  Ancienne Première ministre ",
            ["Input.Aliases"] = "Mme Borne\r\n  Borne \r\n\r\nborne\r\n",
            ["Input.Epithets"] = "l’ancienne Première ministre",
            ["Input.Profile"] = "# Élisabeth Borne\n\n- Née en 1961",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/actors/elisabeth-borne/edit", response.Location());
        var actor = await ActorAsync("elisabeth-borne");
        Assert.Equal(ActorOrigin.User, actor.Origin);
        Assert.Equal("Ancienne Première ministre", actor.Role);
        Assert.Equal(["Mme Borne", "Borne"], actor.Aliases.Where(a => a.Kind == AliasKind.Name).Select(a => a.Text));
        Assert.Equal(["l’ancienne Première ministre"], actor.Aliases.Where(a => a.Kind == AliasKind.Epithet).Select(a => a.Text));
        Assert.NotNull(actor.ProfileUpdatedUtc);
        var form = await client.GetDocumentAsync("/admin/actors/elisabeth-borne/edit");
        Assert.Equal("/actors/elisabeth-borne", form.QuerySelector("main [role=status] a")?.GetAttribute("href"));
        Assert.Equal("Élisabeth Borne", (await client.GetDocumentAsync("/actors/elisabeth-borne")).QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("", "Le nom est obligatoire.")]
    [InlineData("Elon Musk", "a déjà l’identifiant")]
    [InlineData("Musk", "désigne déjà Elon Musk")]
    [InlineData("!!!", "au moins une lettre")]
    public async Task A_name_that_is_missing_or_already_taken_is_refused_with_the_reason(string name, string reason)
    {
        var client = await app.CreateAdminClientAsync();
        var before = await app.WithDbAsync(db => db.Actors.CountAsync());

        var response = await client.SubmitFormAsync("/admin/actors/new", new Dictionary<string, string> { ["Input.Name"] = name });

        var page = await Html.ParseAsync(response, "/admin/actors/new");
        Assert.Contains(reason, page.Alert()?.TextContent);
        Assert.Equal(before, await app.WithDbAsync(db => db.Actors.CountAsync()));
    }

    [Fact]
    public async Task An_alias_of_another_actor_is_refused_and_the_form_keeps_what_was_typed()
    {
        var client = await app.CreateAdminClientAsync();

        var response = await client.SubmitFormAsync("/admin/actors/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Patron Anonyme",
            ["Input.Aliases"] = "Le Patron\nM. Altman",
        });

        var page = await Html.ParseAsync(response, "/admin/actors/new");
        Assert.Contains("« M. Altman » désigne déjà Sam Altman (sam-altman)", page.Alert()?.TextContent);
        Assert.Equal("Patron Anonyme", page.QuerySelector("#name")?.GetAttribute("value"));
        Assert.Equal("Le Patron\nM. Altman", page.QuerySelector("#aliases")?.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Actors.AnyAsync(a => a.Name == "Patron Anonyme")));
    }

    [Fact]
    public async Task A_registry_actor_s_profile_is_edited_and_it_stays_a_registry_actor()
    {
        var client = await app.CreateAdminClientAsync();
        var form = await client.GetDocumentAsync("/admin/actors/oracle/edit");
        Assert.Equal("Oracle", form.QuerySelector("#name")?.GetAttribute("value"));
        Assert.Contains("registre", form.QuerySelector("main .help")?.TextContent);

        var response = await client.SubmitFormAsync("/admin/actors/oracle/edit", new Dictionary<string, string> { ["Input.Profile"] = "# Oracle\n\nProfil revu." });

        Assert.Equal("/admin/actors/oracle/edit", response.Location());
        var oracle = await ActorAsync("oracle");
        Assert.Equal(ActorOrigin.Registry, oracle.Origin);
        Assert.Equal("# Oracle\n\nProfil revu.", oracle.ProfileMarkdown);
    }

    [Fact]
    public async Task Changing_aliases_says_how_to_apply_them_to_stored_articles()
    {
        var client = await app.CreateAdminClientAsync();
        var current = await client.GetDocumentAsync("/admin/actors/nvidia/edit");
        var aliases = current.QuerySelector("#aliases")!.TextContent;

        var response = await client.SubmitFormAsync("/admin/actors/nvidia/edit", new Dictionary<string, string> { ["Input.Aliases"] = aliases + "\nle géant des GPU" });
        var page = await client.GetDocumentAsync(response.Location()!);

        Assert.Contains("aiwatch reanalyze", page.QuerySelector("main [role=status]")?.TextContent);
        Assert.Contains("le géant des GPU", (await ActorAsync("nvidia")).Aliases.Select(a => a.Text));
    }

    [Fact]
    public async Task The_preview_renders_markdown_without_raw_html_and_saves_nothing()
    {
        var client = await app.CreateAdminClientAsync();
        var before = (await ActorAsync("microsoft")).ProfileMarkdown;

        var response = await client.SubmitFormAsync("/admin/actors/microsoft/edit",
            new Dictionary<string, string> { ["Input.Profile"] = "## Titre\n\n- un point\n\n<script>alert(1)</script> [lien](https://exemple.fr)" }, handler: "Preview");

        var page = await Html.ParseAsync(response, "/admin/actors/microsoft/edit");
        var preview = page.QuerySelector(".profile-preview .profile")!;
        Assert.Equal("Titre", preview.QuerySelector("h2")?.TextContent);
        Assert.Equal("un point", preview.QuerySelector("li")?.TextContent);
        Assert.Equal("https://exemple.fr", preview.QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(preview.QuerySelector("script"));
        Assert.Contains("<script>alert(1)</script>", preview.TextContent);
        Assert.Equal(before, (await ActorAsync("microsoft")).ProfileMarkdown);
    }

    [Fact]
    public async Task An_unknown_actor_is_a_404()
    {
        var client = await app.CreateAdminClientAsync();

        await client.GetDocumentAsync("/admin/actors/personne/edit", HttpStatusCode.NotFound);
    }
}
