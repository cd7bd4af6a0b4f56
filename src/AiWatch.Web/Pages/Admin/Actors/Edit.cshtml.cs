using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Markdig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Admin.Actors;

/// <summary>
/// Adds an actor (/admin/actors/new) or edits one (/admin/actors/{slug}/edit): names, kind, role, aliases and
/// epithets one per line, and the Markdown profile with a server-rendered preview (the CSP allows no script).
/// </summary>
public sealed class Edit : PageModel
{
    // Raw HTML in a profile is shown as text: the profile is typed by a person but rendered into every dossier.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();

    private readonly AiWatchDbContext db;
    private readonly TimeProvider clock;

    public Edit(AiWatchDbContext db, TimeProvider clock)
    {
        this.db = db;
        this.clock = clock;
    }

    public sealed class Form
    {
        /// <summary>Null when the field was left empty (model binding turns "" into null).</summary>
        public string? Name { get; set; }
        public ActorKind Kind { get; set; } = ActorKind.Person;
        public string? Role { get; set; }
        public string? Aliases { get; set; }
        public string? Epithets { get; set; }
        public string? Profile { get; set; }
    }

    /// <summary>Null on /admin/actors/new.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Slug { get; set; }

    [BindProperty]
    public Form Input { get; set; } = new();

    public ActorOrigin? Origin { get; private set; }
    public string? Error { get; private set; }
    public string? PreviewHtml { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    [TempData]
    public bool AliasesChanged { get; set; }

    public bool IsNew => Slug is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNew)
        {
            return Page();
        }
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Slug == Slug, ct);
        if (actor is null)
        {
            return NotFound();
        }
        Origin = actor.Origin;
        Input = new Form
        {
            Name = actor.Name,
            Kind = actor.Kind,
            Role = actor.Role,
            Aliases = Lines(actor.Aliases.Where(a => a.Kind == AliasKind.Name).Select(a => a.Text)),
            Epithets = Lines(actor.Aliases.Where(a => a.Kind == AliasKind.Epithet).Select(a => a.Text)),
            Profile = actor.ProfileMarkdown,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await ExistsOrNewAsync(ct))
        {
            return NotFound();
        }
        PreviewHtml = RenderProfile(Input.Profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ExistsOrNewAsync(ct))
        {
            return NotFound();
        }
        var input = new ActorInput(Slug, Input.Name ?? "", Input.Kind, Input.Role, SplitLines(Input.Aliases), SplitLines(Input.Epithets), Input.Profile);
        var result = await ActorEditor.SaveAsync(db, input, clock, ct);
        if (!result.Saved)
        {
            Error = result.Error;
            return Page();
        }
        Saved = result.Slug;
        AliasesChanged = result.AliasesChanged && !IsNew;
        return Redirect($"/admin/actors/{result.Slug}/edit");
    }

    /// <summary>The profile as the dossier shows it: Markdown with raw HTML disabled.</summary>
    public static string RenderProfile(string? markdown) => string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToHtml(markdown, Markdown);

    private async Task<bool> ExistsOrNewAsync(CancellationToken ct)
    {
        if (IsNew)
        {
            return true;
        }
        Origin = await db.Actors.Where(a => a.Slug == Slug).Select(a => (ActorOrigin?)a.Origin).FirstOrDefaultAsync(ct);
        return Origin is not null;
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);

    private static List<string> SplitLines(string? text) => (text ?? "").Split('\n').ToList();
}
