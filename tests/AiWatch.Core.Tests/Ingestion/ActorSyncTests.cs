using AiWatch.Core.Analysis;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class ActorSyncTests
{
    [Fact]
    public async Task Registry_names_and_epithets_are_stored_as_aliases_of_their_kind()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        await ActorSync.SyncAsync(db, ActorRegistry.Load(RepositoryFiles.ActorsJson));

        var musk = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == "elon-musk");
        Assert.Equal(ActorOrigin.Registry, musk.Origin);
        Assert.Contains(musk.Aliases, a => (a.Text, a.Kind) == ("Musk", AliasKind.Name));
        Assert.Contains(musk.Aliases, a => (a.Text, a.Kind) == ("le Sud-Africain", AliasKind.Epithet));
    }

    [Fact]
    public async Task Actors_added_or_edited_in_the_app_survive_sync_and_retirement()
    {
        await using var database = await TempDatabase.CreateAsync();
        var registry = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        await using (var db = database.Open())
        {
            await ActorSync.SyncAsync(db, registry);
            await ActorEditor.SaveAsync(db, new ActorInput("Clément Delangue", ActorKind.Person, "PDG de Hugging Face", ["Delangue"]));
            var oracle = await db.Actors.SingleAsync(a => a.Slug == "oracle");
            await ActorEditor.SaveAsync(db, new ActorInput("Oracle Corporation", ActorKind.Organisation, Aliases: ["Oracle"]) { Id = oracle.Id });
        }

        await using (var db = database.Open())
        {
            var withoutOracle = new ActorRegistry(registry.Actors.Where(a => a.Slug != "oracle"));
            await ActorSync.SyncAsync(db, registry);
            await ActorSync.RemoveRetiredAsync(db, withoutOracle);
        }

        await using var check = database.Open();
        Assert.Equal("Oracle Corporation", (await check.Actors.SingleAsync(a => a.Slug == "oracle")).Name);
        var delangue = await check.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == "clement-delangue");
        Assert.Equal((ActorOrigin.User, "Delangue"), (delangue.Origin, Assert.Single(delangue.Aliases).Text));
    }

    [Fact]
    public async Task The_registry_read_from_the_database_is_the_file_plus_the_actors_added_in_the_app()
    {
        await using var database = await TempDatabase.CreateAsync();
        var file = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        await using var db = database.Open();
        await ActorSync.SyncAsync(db, file);
        await ActorEditor.SaveAsync(db, new ActorInput("Hugging Face", ActorKind.Organisation, Epithets: ["la start-up franco-américaine"]));

        var loaded = await ActorRegistryFromDatabase.LoadAsync(db);

        Assert.Equal(file.ToJson(), new ActorRegistry(loaded.Actors.Take(file.Actors.Count)).ToJson());
        var added = loaded.Actors[^1];
        Assert.Equal(("hugging-face", "organisation", "la start-up franco-américaine"), (added.Slug, added.Kind, Assert.Single(added.Epithets)));
    }

    [Fact]
    public async Task The_analysis_registry_leaves_out_actors_the_file_dropped()
    {
        await using var database = await TempDatabase.CreateAsync();
        var file = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        await using var db = database.Open();
        await ActorSync.SyncAsync(db, file);

        var analysed = await ActorRegistryFromDatabase.SyncAndLoadAsync(db, new ActorRegistry(file.Actors.Where(a => a.Slug != "oracle")));

        Assert.Null(analysed.Find("oracle"));
        Assert.Equal(file.Actors.Count - 1, analysed.Actors.Count);
        Assert.Equal(file.Actors.Count, await db.Actors.CountAsync());
    }

    [Fact]
    public async Task Re_analysis_finds_an_actor_added_in_the_app()
    {
        await using var database = await TempDatabase.CreateAsync();
        var file = ActorRegistry.Load(RepositoryFiles.ActorsJson);
        await using (var db = database.Open())
        {
            await ActorSync.SyncAsync(db, file);
            await new ArticleIngestor(db, new ArticleAnalyzer(file), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
                .IngestAsync(new("a", "file:///a.txt", "text/plain", "Titre\nClément Delangue rencontre Sam Altman à Paris."));
            await ActorEditor.SaveAsync(db, new ActorInput("Clément Delangue", ActorKind.Person));
        }

        await using var again = database.Open();
        var changes = await new Reanalyzer(again, file).RunAsync();

        Assert.True(Assert.Single(changes).Added >= 1);
        Assert.True(await again.Mentions.AnyAsync(m => m.Actor!.Slug == "clement-delangue" && m.Surface == "Clément Delangue"));
    }
}
