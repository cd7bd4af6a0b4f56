using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Scraping;
using AiWatch.Core.Storage;
using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Pages.Admin;

/// <summary>Fetches one article page now, stores and analyses it; a failure is shown and recorded with its reason.</summary>
[EnableRateLimiting(RateLimits.Ingestion)]
public sealed class Ingest : PageModel
{
    private readonly AiWatchDbContext db;
    private readonly PageFetcher fetcher;
    private readonly IOptions<AiWatchOptions> options;
    private readonly TimeProvider clock;
    private readonly ILogger<Ingest> logger;

    public Ingest(AiWatchDbContext db, PageFetcher fetcher, IOptions<AiWatchOptions> options, TimeProvider clock, ILogger<Ingest> logger)
    {
        this.db = db;
        this.fetcher = fetcher;
        this.options = options;
        this.clock = clock;
        this.logger = logger;
    }

    public const string RefusedAddress =
        "adresse refusée : elle mène à la machine elle-même, à un réseau privé ou à une adresse réservée (métadonnées du cloud, lien local). " +
        "AiWatch ne récupère que des pages publiques ; rien n’a été récupéré";

    [BindProperty]
    public string? Address { get; set; }

    /// <summary>Set after a POST: what happened to the URL.</summary>
    public IngestResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var url = Address?.Trim() ?? "";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            ModelState.AddModelError(nameof(Address), "Indiquez une adresse complète commençant par http:// ou https://.");
            return Page();
        }
        Result = await IngestAsync(uri.AbsoluteUri, ct);
        if (Result.Status == IngestStatus.Failed)
        {
            db.ChangeTracker.Clear();
            db.IngestionFailures.Add(new IngestionFailure { Input = uri.AbsoluteUri, Reason = Result.Error ?? "échec", OccurredUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Admin ingestion of {Url} failed: {Reason}", uri.AbsoluteUri, Result.Error);
        }
        return Page();
    }

    private async Task<IngestResult> IngestAsync(string url, CancellationToken ct)
    {
        RawDocument document;
        try
        {
            document = await fetcher.FetchAsync(url, ct);
        }
        catch (FetchException e) when (e.Kind == FetchFailure.Refused)
        {
            // The fetcher refuses before connecting; the page says why in the admin's language, the log keeps the detail.
            logger.LogWarning("Admin ingestion of {Url} refused: {Reason}", url, e.Message);
            return IngestResult.Failure(url, RefusedAddress);
        }
        catch (FetchException e)
        {
            return IngestResult.Failure(url, e.Message);
        }
        var registry = await ActorRegistryFromDatabase.LoadAsync(db, ct);
        var siteRules = SeedPaths.SiteRulesIn(options.Value.SeedsPath);
        var ingestor = new ArticleIngestor(db, new ArticleAnalyzer(registry), logger, siteRules, clock);
        return await ingestor.IngestAsync(document, ct);
    }
}
