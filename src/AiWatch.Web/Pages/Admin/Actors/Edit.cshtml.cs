using AiWatch.Core.Ingestion;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Actors;
using Microsoft.AspNetCore.Html;
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
    /// <summary>Set by the preview handler; empty content when the profile is blank.</summary>
    public IHtmlContent? PreviewHtml { get; private set; }

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
        // The dossier's own renderer: the preview shows exactly what readers will see.
        PreviewHtml = Profile.ToHtml(Input.Profile) ?? HtmlString.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ExistsOrNewAsync(ct))
        {
            return NotFound();
        }
        var existing = IsNew ? null : await db.Actors.AsNoTracking().Include(a => a.Aliases).FirstAsync(a => a.Slug == Slug, ct);
        Actor saved;
        try
        {
            // A profile-only edit leaves the actor as it is: a registry actor keeps following the registry file.
            saved = existing is not null && !ChangesIdentity(existing)
                ? await db.Actors.FirstAsync(a => a.Id == existing.Id, ct)
                : await ActorEditor.SaveAsync(db, new ActorInput(Input.Name ?? "", Input.Kind, Input.Role, SplitLines(Input.Aliases), SplitLines(Input.Epithets)) { Id = existing?.Id }, ct);
        }
        catch (ActorValidationException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            return Page();
        }
        await SaveProfileAsync(saved, ct);
        Saved = saved.Slug;
        AliasesChanged = existing is not null && (existing.Name != saved.Name || !SameAliases(existing, saved));
        return LocalRedirect($"~/admin/actors/{saved.Slug}/edit");
    }

    /// <summary>The profile is saved apart from names: ActorEditor knows nothing of it. The date moves only when the text changes.</summary>
    private async Task SaveProfileAsync(Actor actor, CancellationToken ct)
    {
        var profile = string.IsNullOrWhiteSpace(Input.Profile) ? null : Input.Profile.Trim().ReplaceLineEndings("\n");
        if (profile == actor.ProfileMarkdown)
        {
            return;
        }
        actor.ProfileMarkdown = profile;
        actor.ProfileUpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private bool ChangesIdentity(Actor existing) =>
        existing.Name != (Input.Name ?? "").Trim() || existing.Kind != Input.Kind
        || existing.Role != (string.IsNullOrWhiteSpace(Input.Role) ? null : Input.Role.Trim())
        || !StoredLines(existing, AliasKind.Name).SequenceEqual(CleanLines(Input.Aliases))
        || !StoredLines(existing, AliasKind.Epithet).SequenceEqual(CleanLines(Input.Epithets));

    private static IEnumerable<string> StoredLines(Actor actor, AliasKind kind) => actor.Aliases.Where(a => a.Kind == kind).Select(a => a.Text);

    private static IEnumerable<string> CleanLines(string? text) => SplitLines(text).Select(l => l.Trim()).Where(l => l.Length > 0);

    private static bool SameAliases(Actor before, Actor after) =>
        before.Aliases.Select(a => (a.Text, a.Kind)).Order().SequenceEqual(after.Aliases.Select(a => (a.Text, a.Kind)).Order());

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
