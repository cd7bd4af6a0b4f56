using AiWatch.Core.Storage;
using AiWatch.Web.Api;
using AiWatch.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Search;

/// <summary>A search result: <see cref="Snippet"/> holds U+E000/U+E001 around the matched words (see <see cref="Highlight"/>).</summary>
public sealed record SearchRow(string Kind, int ArticleId, string Title, string Source, DateOnly? PublishedDate, string Snippet, string Link);

/// <summary>One value of a facet and how many results it would give with the other filters kept.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

public sealed record Facets(IReadOnlyList<FacetValue> Kinds, IReadOnlyList<FacetValue> Actors, IReadOnlyList<FacetValue> Types, IReadOnlyList<FacetValue> Sources);

public sealed record SearchResult(PagedResult<SearchRow> Page, Facets Facets, bool Truncated);

/// <summary>
/// Full-text search (SearchQueries: accents and case ignored, "phrases", prefix*, -exclusion) narrowed by filters.
/// At most <see cref="MaxHits"/> matches (the best by bm25, or the newest for a common query: SearchRecentAsync) are read with what the filters need, then filtered, counted per facet
/// and paged in memory: a facet's counts keep every other filter, so each figure is what clicking it gives.
/// </summary>
public static class SearchEngine
{
    public const int MaxHits = 300;
    public const int FacetSize = 12;
    /// <summary>
    /// Matches counted at most: beyond <see cref="SearchQueries.RankedMatches"/> the page says "plus de". Counting is a
    /// pass over the matches (for a phrase, over the positions of each of its words), and one past the ranking limit
    /// is all the search needs to know (a common phrase at 100,000 articles: 1.4 ms, against 2.6 ms counting to 10,000).
    /// </summary>
    public const int CountCap = SearchQueries.RankedMatches + 1;

    private sealed record Candidate(SearchHit Hit, int Order, string Source, DateOnly? PublishedDate, IReadOnlySet<string> Actors, IReadOnlySet<string> Types, int? FactStart);

    public static async Task<SearchResult> RunAsync(AiWatchDbContext db, string query, SearchFilter filter, PageRequest page, CancellationToken ct)
    {
        // Counted once, up front, when the total shown is the count (no filter): it also tells whether to rank.
        int? matches = filter.IsEmpty ? await db.SearchCountAsync(query, CountCap, ct) : null;
        var candidates = await CandidatesAsync(db, query, matches, ct);
        var kept = candidates.Where(c => Keeps(filter, c, except: null)).ToList();
        if (filter.Sort == SearchFilter.ByDate)
        {
            kept = kept.OrderByDescending(c => c.PublishedDate ?? DateOnly.MinValue).ThenBy(c => c.Order).ToList();
        }
        var total = matches is { } counted && candidates.Count == MaxHits ? counted : kept.Count;
        var rows = await RowsAsync(db, query, kept.Skip(page.Skip).Take(page.PageSize).ToList(), ct);
        var facets = await FacetsAsync(db, candidates, filter, ct);
        return new SearchResult(new PagedResult<SearchRow>(page.Page, page.PageSize, total, rows), facets, candidates.Count == MaxHits);
    }

    /// <summary>Every kept row, for the CSV export (at most <see cref="MaxHits"/>).</summary>
    public static async Task<IReadOnlyList<SearchRow>> AllAsync(AiWatchDbContext db, string query, SearchFilter filter, CancellationToken ct)
    {
        var result = await RunAsync(db, query, filter, new PageRequest(1, MaxHits), ct);
        return result.Page.Items;
    }

    private static async Task<IReadOnlyList<Candidate>> CandidatesAsync(AiWatchDbContext db, string query, int? matches, CancellationToken ct)
    {
        var hits = await db.SearchRecentAsync(query, MaxHits, matches, ct);
        if (hits.Count == 0)
        {
            return [];
        }
        var details = await SearchHitDetails.ReadAsync(db, hits, ct);
        return hits.Select((hit, order) =>
        {
            var article = details.Articles.GetValueOrDefault(hit.ArticleId);
            var types = article?.EventTypes ?? new HashSet<string>();
            // An article is about the actors it names; a quote about its speaker; a claim about its speaker and target.
            var fact = hit.Kind switch
            {
                "quote" => details.Quotes.GetValueOrDefault(hit.ItemId),
                "claim" => details.Claims.GetValueOrDefault(hit.ItemId),
                _ => null,
            };
            var actors = fact?.Actors ?? (hit.Kind == "article" ? article?.Actors : null) ?? new HashSet<string>();
            return new Candidate(hit, order, article?.Source ?? "", article?.PublishedDate, actors, types, fact?.Start);
        }).ToList();
    }

    /// <summary>Whether a candidate passes every filter but <paramref name="except"/> (a facet counting its own values).</summary>
    private static bool Keeps(SearchFilter filter, Candidate c, string? except) =>
        (except == "kind" || filter.Kind is null || c.Hit.Kind == filter.Kind)
        && (except == "actor" || filter.Actor is null || c.Actors.Contains(filter.Actor))
        && (except == "type" || filter.Type is null || c.Types.Contains(filter.Type))
        && (except == "source" || filter.Source is null || c.Source == filter.Source)
        && (filter.From is null || c.PublishedDate >= filter.From)
        && (filter.To is null || c.PublishedDate <= filter.To);

    private static async Task<Facets> FacetsAsync(AiWatchDbContext db, IReadOnlyList<Candidate> candidates, SearchFilter filter, CancellationToken ct)
    {
        IReadOnlyList<FacetValue> Count(string facet, Func<Candidate, IEnumerable<string>> values, string? selected, Func<string, string> label) => candidates
            .Where(c => Keeps(filter, c, facet))
            .SelectMany(values)
            .GroupBy(v => v)
            .Select(g => new FacetValue(g.Key, label(g.Key), g.Count(), g.Key == selected))
            .OrderByDescending(f => f.Selected).ThenByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Create(Labels.French, true))
            .Take(FacetSize)
            .ToList();

        var slugs = candidates.SelectMany(c => c.Actors).Distinct().ToList();
        var names = await db.Actors.AsNoTracking().Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, a => a.Name, ct);
        return new Facets(
            Count("kind", c => [c.Hit.Kind], filter.Kind, KindLabel),
            Count("actor", c => c.Actors, filter.Actor, slug => names.GetValueOrDefault(slug, slug)),
            Count("type", c => c.Types, filter.Type, Labels.EventType),
            Count("source", c => [c.Source], filter.Source, source => source));
    }

    /// <summary>Every row leads to a sentence: a fact's own, or for an article the one holding its first matched word.</summary>
    private static async Task<IReadOnlyList<SearchRow>> RowsAsync(AiWatchDbContext db, string query, IReadOnlyList<Candidate> shown, CancellationToken ct)
    {
        var snippets = await db.SnippetsAsync(query, shown.Select(c => (c.Hit.Kind, c.Hit.ItemId)), ct);
        var page = shown.Select(c => c with { Hit = WithSnippet(c.Hit, snippets.GetValueOrDefault((c.Hit.Kind, c.Hit.ItemId), "")) }).ToList();
        var articleIds = page.Select(c => c.Hit.ArticleId).Distinct().ToList();
        var texts = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Text, ct);
        var links = new FactLinks(texts);
        string Link(Candidate c) => c switch
        {
            { FactStart: { } start } => links.To(c.Hit.ArticleId, start),
            { Hit.Kind: "article" } when texts.TryGetValue(c.Hit.ArticleId, out var text) && SnippetLocator.FirstHitOffset(text, c.Hit.Snippet) is { } at =>
                links.To(c.Hit.ArticleId, at),
            _ => FactLinks.Article(c.Hit.ArticleId),
        };
        return page.Select(c => new SearchRow(c.Hit.Kind, c.Hit.ArticleId, c.Hit.Title ?? "", c.Source, c.PublishedDate, c.Hit.Snippet, Link(c))).ToList();
    }

    private static SearchHit WithSnippet(SearchHit hit, string snippet) => new()
    {
        Kind = hit.Kind, ItemId = hit.ItemId, ArticleId = hit.ArticleId, Title = hit.Title, Snippet = snippet, Rank = hit.Rank,
    };

    public static string KindLabel(string kind) => kind switch
    {
        "quote" => "Citation",
        "claim" => "Déclaration",
        _ => "Article",
    };
}
