using System.Security.Cryptography;
using System.Text;
using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Timeline;
using AiWatch.Web.Rendering;
using ActorDetails = AiWatch.Web.Pages.Actors.Details;
using DisputeDetails = AiWatch.Web.Pages.Disputes.Details;

namespace AiWatch.Web.Api;

/// <summary>
/// Files next to the pages they come from: Atom feeds of a dossier or a dispute, and CSV exports of a dossier's lists.
/// Unknown slugs answer 404 (rendered by the status page).
/// </summary>
public static class Downloads
{
    public const int FeedSize = 50;

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/actors/{slug}/feed.atom", async (string slug, HttpRequest request, AiWatchDbContext db, CancellationToken ct) =>
            await ActorDetails.LoadAsync(db, slug, ct) is { } actor
                ? AtomFeed.Result(AtomFeed.Write(BaseUrl(request), $"/actors/{actor.Slug}/feed.atom", $"{actor.Name} · AiWatch", ActorEntries(actor)))
                : Results.NotFound());
        endpoints.MapGet("/disputes/{slug}/feed.atom", async (string slug, HttpRequest request, AiWatchDbContext db, CancellationToken ct) =>
            await DisputeDetails.LoadAsync(db, slug, ct) is { } dispute
                ? AtomFeed.Result(AtomFeed.Write(BaseUrl(request), $"/disputes/{dispute.Slug}/feed.atom",
                    $"{dispute.A.Actor.Name} × {dispute.B.Actor.Name} · AiWatch", DisputeEntries(dispute)))
                : Results.NotFound());
        endpoints.MapGet("/actors/{slug}/{list}.csv", async (string slug, string list, HttpRequest request, AiWatchDbContext db, CancellationToken ct) =>
            list is "events" or "quotes" or "claims" && await ActorDetails.LoadAsync(db, slug, ct) is { } actor
                ? ActorCsv(actor, list, BaseUrl(request))
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

    private static IResult ActorCsv(ActorDetails.Result actor, string list, string baseUrl) => list switch
    {
        "events" => Csv.File($"{actor.Slug}-evenements.csv", EventCsv.Header, EventCsv.Rows(actor.Events, baseUrl)),
        "quotes" => Csv.File($"{actor.Slug}-citations.csv", ["date", "citation", "article", "lien"],
            actor.QuotesBy.Select(q => (IReadOnlyList<string?>) [q.Article.PublishedDate?.ToString("yyyy-MM-dd"), q.Text, q.Article.Title, baseUrl + q.Link])),
        _ => Csv.File($"{actor.Slug}-declarations.csv", ["date", "auteur", "cible", "conditionnel", "declaration", "article", "lien"],
            actor.ClaimsBy.Concat(actor.ClaimsAbout).Select(c => (IReadOnlyList<string?>)
            [
                c.Article.PublishedDate?.ToString("yyyy-MM-dd"), c.Speaker.Name, c.Target?.Name, c.Hedged ? "oui" : "non", c.Text, c.Article.Title, baseUrl + c.Link,
            ])),
    };
}
