using System.Security.Cryptography;
using System.Text;
using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Timeline;
using AiWatch.Web.Rendering;
using Microsoft.EntityFrameworkCore;
using ActorDetails = AiWatch.Web.Pages.Actors.Details;
using DisputeDetails = AiWatch.Web.Pages.Disputes.Details;

namespace AiWatch.Web.Api;

/// <summary>
/// Files next to the pages they come from: Atom feeds of a dossier or a dispute (the newest <see cref="FeedSize"/>
/// facts), and CSV exports of a dossier's lists (every row, streamed). Unknown slugs answer 404 (rendered by the status page).
/// </summary>
public static class Downloads
{
    public const int FeedSize = 50;

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/actors/{slug}/feed.atom", async (string slug, HttpRequest request, AiWatchDbContext db, CancellationToken ct) =>
            // The newest FeedSize of each list hold the feed's FeedSize newest entries.
            await ActorDetails.LoadAsync(db, slug, new ActorDetails.Window(FeedSize), ct) is { } actor
                ? AtomFeed.Result(AtomFeed.Write(BaseUrl(request), $"/actors/{actor.Slug}/feed.atom", $"{actor.Name} · AiWatch", ActorEntries(actor)))
                : Results.NotFound());
        endpoints.MapGet("/disputes/{slug}/feed.atom", async (string slug, HttpRequest request, AiWatchDbContext db, CancellationToken ct) =>
            await DisputeDetails.LoadAsync(db, slug, ct) is { } dispute
                ? AtomFeed.Result(AtomFeed.Write(BaseUrl(request), $"/disputes/{dispute.Slug}/feed.atom",
                    $"{dispute.A.Actor.Name} × {dispute.B.Actor.Name} · AiWatch", DisputeEntries(dispute)))
                : Results.NotFound());
        endpoints.MapGet("/actors/{slug}/{list}.csv", async (string slug, string list, HttpRequest request, AiWatchDbContext db, CancellationToken ct) =>
            list is "events" or "quotes" or "claims"
                && await db.Actors.AsNoTracking().Where(a => a.Slug == slug).Select(a => new ActorKey(a.Id, a.Slug)).SingleOrDefaultAsync(ct) is { } actor
                ? await ActorCsvAsync(db, actor, list, BaseUrl(request), ct)
                : Results.NotFound());
        return endpoints;
    }

    /// <summary>Scheme, host and base path as the client sees them (behind a proxy, the forwarded ones).</summary>
    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>Stable across rebuilds of the feed: the kind, the sentence link and a hash of the text (events use their group's key).</summary>
    private static string EntryId(string kind, string link, string text) =>
        $"urn:aiwatch:{kind}:{link.TrimStart('/').Replace('/', ':').Replace("#", ":")}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12]}";

    private static IReadOnlyList<AtomEntry> ActorEntries(ActorDetails.Result actor) => actor.Events
        .Select(e => new AtomEntry($"urn:aiwatch:event:{e.Key}", $"{Labels.EventType(e.Type)} ({e.WhenLabel})", e.When, e.Lead.Link, e.Lead.Evidence))
        .Concat(actor.QuotesBy.Select(q => new AtomEntry(EntryId("quote", q.Link, q.Text), $"Citation de {actor.Name}", q.Article.PublishedDate, q.Link, $"« {q.Text} »")))
        .Concat(actor.ClaimsBy.Concat(actor.ClaimsAbout).Select(c => new AtomEntry(EntryId("claim", c.Link, c.Text),
            $"Déclaration de {c.Speaker.Name}" + (c.Hedged ? " (au conditionnel)" : ""), c.Article.PublishedDate, c.Link, c.Text)))
        .OrderByDescending(e => e.Updated).ThenBy(e => e.Id, StringComparer.Ordinal)
        .Take(FeedSize)
        .ToList();

    private static IReadOnlyList<AtomEntry> DisputeEntries(DisputeDetails.Result dispute) => dispute.Moves
        // Newest first, the undated last.
        .OrderBy(m => m.When is null).ThenByDescending(m => m.When)
        .Select(m => new AtomEntry(m.Event is { } group ? $"urn:aiwatch:event:{group.Key}" : EntryId(m.Kind, m.Link, m.Text),
            (m.Event is { } e ? $"{Labels.EventType(e.Type)} ({m.WhenLabel})" : $"Déclaration de {m.By!.Name}") + (m.Hedged ? " (au conditionnel)" : ""),
            m.When, m.Link, m.Text))
        .Take(FeedSize)
        .ToList();

    private sealed record ActorKey(int Id, string Slug);

    /// <summary>Every row of one of a dossier's lists, newest first, read and written a page at a time.</summary>
    private static async Task<IResult> ActorCsvAsync(AiWatchDbContext db, ActorKey actor, string list, string baseUrl, CancellationToken ct)
    {
        if (list == "events")
        {
            return EventCsv.Download($"{actor.Slug}-evenements.csv", db, new EventFilter([], [actor.Slug]), newestFirst: true, baseUrl, ct);
        }
        if (list == "quotes")
        {
            var count = await db.Quotes.CountAsync(q => q.SpeakerActorId == actor.Id, ct);
            return new CsvStream($"{actor.Slug}-citations.csv", ["date", "citation", "article", "lien"], ExportPages.AllAsync(
                (skip, take) => ActorDetails.QuotesAsync(db, actor.Id, count, skip, take, ct),
                q => (IReadOnlyList<string?>) [q.Article.PublishedDate?.ToString("yyyy-MM-dd"), q.Text, q.Article.Title, baseUrl + q.Link],
                ExportPages.FactsSize));
        }
        var by = await db.Claims.CountAsync(c => c.SpeakerActorId == actor.Id, ct);
        var about = await db.Claims.CountAsync(c => c.TargetActorId == actor.Id && c.SpeakerActorId != actor.Id, ct);
        return new CsvStream($"{actor.Slug}-declarations.csv", ["date", "auteur", "cible", "conditionnel", "declaration", "article", "lien"],
            Claims(ActorFacts.ClaimsBy, by).Then(Claims(ActorFacts.ClaimsAbout, about)));

        IAsyncEnumerable<IReadOnlyList<string?>> Claims(ActorFacts which, int count) => ExportPages.AllAsync(
            (skip, take) => ActorDetails.ClaimsAsync(db, which, actor.Id, count, skip, take, ct),
            c => (IReadOnlyList<string?>)
            [
                c.Article.PublishedDate?.ToString("yyyy-MM-dd"), c.Speaker.Name, c.Target?.Name, c.Hedged ? "oui" : "non", c.Text, c.Article.Title, baseUrl + c.Link,
            ],
            ExportPages.FactsSize);
    }
}
