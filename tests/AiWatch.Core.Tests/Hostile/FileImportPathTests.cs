using AiWatch.Core.Ingestion;
using AiWatch.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Core.Tests.Hostile;

/// <summary>
/// Path tricks in file imports. The rule: a path the user names is read as named ("../" included, it is their
/// shell); inside a directory import nothing outside that directory is read, so a symbolic link leading out is
/// skipped with its own failure while everything else in the directory is ingested.
/// </summary>
public sealed class FileImportPathTests : IAsyncLifetime
{
    private const string Text = "Nvidia rachète une start-up\nNvidia a annoncé {0} le rachat d'une start-up française spécialisée dans l'inférence.";

    private TempDatabase database = null!;
    private string import = null!;
    private string outside = null!;

    public async Task InitializeAsync()
    {
        database = await TempDatabase.CreateWithActorsAsync();
        import = Directory.CreateDirectory(Path.Combine(database.Folder, "import")).FullName;
        outside = Directory.CreateDirectory(Path.Combine(database.Folder, "ailleurs")).FullName;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static string Write(string folder, string name, string day)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Format(Text, day));
        return path;
    }

    [Fact]
    public async Task Links_leading_out_of_an_imported_directory_are_failures_and_the_rest_is_ingested()
    {
        Write(import, "a.txt", "lundi");
        var secret = Write(outside, "secret.txt", "mardi");
        File.CreateSymbolicLink(Path.Combine(import, "fichier-lien.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(import, "dossier-lien"), outside);
        File.CreateSymbolicLink(Path.Combine(import, "passwd.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(import, "remonte"), Path.Combine(import, ".."));

        var results = await HostileIngestion.IngestAsync(database, [import]);

        var failures = results.Where(r => r.Status == IngestStatus.Failed).Select(r => (Path.GetFileName(r.Input), r.Error)).Order().ToList();
        Assert.Equal(
            [
                ("dossier-lien", $"symbolic link to {outside}, outside the imported directory: not followed"),
                ("fichier-lien.txt", $"symbolic link to {secret}, outside the imported directory: not followed"),
                ("passwd.txt", "symbolic link to /etc/passwd, outside the imported directory: not followed"),
                ("remonte", $"symbolic link to {database.Folder}, outside the imported directory: not followed"),
            ],
            failures);
        await using var db = database.Open();
        Assert.Equal([new Uri(Path.Combine(import, "a.txt")).AbsoluteUri], await db.Articles.Select(a => a.Url).ToListAsync());
        Assert.Equal(4, await db.IngestionFailures.CountAsync());
    }

    [Fact]
    public async Task A_link_to_a_file_inside_the_directory_is_followed()
    {
        var target = Write(import, "a.txt", "lundi");
        Directory.CreateDirectory(Path.Combine(import, "sous"));
        File.CreateSymbolicLink(Path.Combine(import, "sous", "b.txt"), target);

        var results = await HostileIngestion.IngestAsync(database, [import]);

        Assert.DoesNotContain(results, r => r.Status == IngestStatus.Failed);
        Assert.Equal([IngestStatus.Ingested, IngestStatus.Duplicate], results.Select(r => r.Status).Order());
    }

    [Fact]
    public async Task A_path_with_dot_dot_is_read_as_named_and_stored_under_its_normalized_url()
    {
        var path = Write(outside, "a.txt", "lundi");
        var dotted = Path.Combine(import, "..", "ailleurs", ".", "a.txt");

        var result = Assert.Single(await HostileIngestion.IngestAsync(database, [dotted]));

        Assert.Equal(IngestStatus.Ingested, result.Status);
        await using var db = database.Open();
        Assert.Equal(new Uri(path).AbsoluteUri, await db.Articles.Select(a => a.Url).SingleAsync());
    }

    [Fact]
    public async Task Control_characters_in_file_names_are_escaped_in_the_stored_url()
    {
        Write(import, "saut\nde-ligne.txt", "lundi");
        Write(import, "echap\u001b[31mrouge\u0007.txt", "mardi");
        File.WriteAllText(Path.Combine(import, "vide\r.txt"), "");

        var results = await HostileIngestion.IngestAsync(database, [import]);

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Ingested, IngestStatus.Failed], results.Select(r => r.Status).Order());
        await using var db = database.Open();
        var urls = await db.Articles.Select(a => a.Url).ToListAsync();
        Assert.All(urls, url => Assert.DoesNotContain(url, c => char.IsControl(c)));
        Assert.Contains(urls, url => url.EndsWith("/saut%0Ade-ligne.txt", StringComparison.Ordinal));
        Assert.Contains(urls, url => url.EndsWith("/echap%1B[31mrouge%07.txt", StringComparison.Ordinal));
        Assert.Equal(Path.Combine(import, "vide\r.txt"), (await db.IngestionFailures.SingleAsync()).Input);
    }
}
