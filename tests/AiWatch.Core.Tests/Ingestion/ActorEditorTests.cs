using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Tests.Facts;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class ActorEditorTests : FactStoreTest
{
    [Theory]
    [InlineData("Clément Delangue", "clement-delangue")]
    [InlineData("  Arthur Mensch ", "arthur-mensch")]
    [InlineData("Œuvre d’IA & Cie", "oeuvre-d-ia-cie")]
    [InlineData("H Company", "h-company")]
    [InlineData("LightOn 2.0", "lighton-2-0")]
    public void A_slug_folds_accents_and_joins_words_with_hyphens(string name, string slug)
    {
        Assert.Equal(slug, ActorEditor.SlugFor(name));
    }

    [Fact]
    public async Task A_new_actor_is_saved_with_its_aliases_and_epithets()
    {
        await using var db = database.Open();

        var actor = await ActorEditor.SaveAsync(db, new ActorInput(" Arthur Mensch ", ActorKind.Person, " PDG de Mistral AI ",
            ["Mensch", " ", "mensch", "Arthur Mensch"], ["le patron de Mistral"]));

        await using var check = database.Open();
        var stored = await check.Actors.Include(a => a.Aliases).SingleAsync(a => a.Id == actor.Id);
        Assert.Equal(("arthur-mensch", "Arthur Mensch", "PDG de Mistral AI", ActorOrigin.User), (stored.Slug, stored.Name, stored.Role, stored.Origin));
        Assert.Equal(["Name Mensch", "Epithet le patron de Mistral"], stored.Aliases.OrderBy(a => a.Id).Select(a => $"{a.Kind} {a.Text}"));
    }

    [Fact]
    public async Task An_update_keeps_the_slug_and_replaces_the_aliases()
    {
        await using var db = database.Open();
        var actor = await ActorEditor.SaveAsync(db, new ActorInput("Arthur Mensch", ActorKind.Person, Aliases: ["Mensch"]));

        await ActorEditor.SaveAsync(db, new ActorInput("Arthur Mensch (Mistral)", ActorKind.Person, Aliases: ["A. Mensch"]) { Id = actor.Id });

        await using var check = database.Open();
        var stored = await check.Actors.Include(a => a.Aliases).SingleAsync(a => a.Id == actor.Id);
        Assert.Equal(("arthur-mensch", "Arthur Mensch (Mistral)", "A. Mensch"), (stored.Slug, stored.Name, Assert.Single(stored.Aliases).Text));
    }

    [Theory]
    [InlineData(null, "  ", "Le nom est obligatoire.")]
    [InlineData(null, "« »", "Le nom « « » » doit contenir au moins une lettre ou un chiffre.")]
    [InlineData(null, "Elon Musk", "Un acteur a déjà l’identifiant « elon-musk » (Elon Musk).")]
    [InlineData(null, "Elon Musk Jr|musk", "« musk » désigne déjà Elon Musk (elon-musk).")]
    [InlineData(null, "Elon R. Musk|Le Sud-Africain", "« Le Sud-Africain » désigne déjà Elon Musk (elon-musk).")]
    [InlineData(null, "Open AI", "Un acteur a déjà l’identifiant « open-ai » (Open AI).")]
    [InlineData(9999, "Personne", "Aucun acteur n’a l’identifiant 9999.")]
    public async Task Invalid_input_is_refused_with_a_clear_message(int? id, string nameAndAlias, string message)
    {
        await using var db = database.Open();
        await ActorEditor.SaveAsync(db, new ActorInput("Open AI", ActorKind.Organisation, Aliases: ["OpenAI Global"]));
        var parts = nameAndAlias.Split('|');
        var input = new ActorInput(parts[0], ActorKind.Person, Aliases: parts.Skip(1).ToList()) { Id = id };

        var error = await Assert.ThrowsAsync<ActorValidationException>(() => ActorEditor.SaveAsync(db, input));

        Assert.Equal(message, error.Message);
        Assert.Equal(1, await db.Actors.CountAsync(a => a.Origin == ActorOrigin.User));
    }
}
