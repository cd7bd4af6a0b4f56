using System.ComponentModel.DataAnnotations;
using AiWatch.Core.Feeds;
using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Pages.Admin.Feeds;

/// <summary>The polled feeds with their state and recent failures; add a feed, remove one, poll one now.</summary>
[EnableRateLimiting(RateLimits.Ingestion)]
public sealed class Index(FeedCatalog catalog, FeedPoller poller, IOptions<FeedPollingOptions> options) : PageModel
{
    /// <summary>Failed items shown under each feed.</summary>
    public const int RecentFailures = 5;

    public sealed record Row(FeedRow Feed, IReadOnlyList<FailedFeedItem> Failures);

    public sealed class AddForm
    {
        [Required(ErrorMessage = "Indiquez l’adresse d’un flux ou d’une page.")]
        [Display(Name = "Adresse du flux (ou de la page qui l’annonce)")]
        public string Url { get; set; } = "";

        [Range(FeedSchedule.MinIntervalMinutes, FeedSchedule.MaxIntervalMinutes, ErrorMessage = "L’intervalle va de {1} à {2} minutes.")]
        [Display(Name = "Intervalle (minutes)")]
        public int IntervalMinutes { get; set; }
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty]
    public AddForm Add { get; set; } = new();

    /// <summary>What the last action did, carried over the redirect that follows it.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Add.IntervalMinutes = options.Value.DefaultPollIntervalMinutes;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var feed = await catalog.AddAsync(Add.Url, Add.IntervalMinutes, ct);
                Message = $"Flux n° {feed.Id} ajouté : {feed.Title ?? feed.Url}. Il sera relevé sous une minute.";
                return RedirectToPage();
            }
            catch (FeedException e)
            {
                ModelState.AddModelError("Add.Url", $"Flux refusé : {e.Message}");
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        Message = await catalog.RemoveAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct)
            ? $"Flux n° {id} supprimé (ses articles restent)."
            : $"Le flux n° {id} n’existe plus.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPollAsync(int id, CancellationToken ct)
    {
        var result = await poller.PollAsync(id, ct);
        Message = result switch
        {
            null => $"Le flux n° {id} n’existe plus.",
            { Error: { } error } => $"Flux n° {id} en échec : {error}",
            { NotModified: true } => $"Flux n° {id} relevé : inchangé depuis la dernière fois.",
            _ => $"Flux n° {id} relevé : {result.NewItems} nouveaux articles, {result.FailedItems} en échec.",
        };
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var feeds = await catalog.ListAsync(ct);
        var failures = await catalog.RecentFailuresAsync(RecentFailures, ct);
        Rows = feeds.Select(f => new Row(f, failures[f.Id].ToList())).ToList();
    }
}
