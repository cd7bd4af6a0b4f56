using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using AiWatch.Web.Pages.Shared;
using AiWatch.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiWatch.Web.Pages.Articles;

/// <summary>The article reader: the text with its sentences anchored and its actors linked, then the facts taken from it.</summary>
public sealed class Details : PageModel
{
    private readonly AiWatchDbContext db;

    public Details(AiWatchDbContext db) => this.db = db;

    public sealed record MentionRow(int Start, int Length, string Surface, ActorRef Actor, bool Epithet);
    /// <summary>Another outlet's copy of the same story (syndication, near-identical text).</summary>
    public sealed record CopyRow(int Id, string Title, string Source, DateOnly? PublishedDate);
    public sealed record EventRow(string Type, string? Date, DateOnly? DateStart, decimal? AmountValue, string? AmountCurrency, bool Hedged, IReadOnlyList<ActorRef> Actors, string Evidence, int Sentence, string Link);
    public sealed record QuoteRow(string Text, ActorRef? Speaker, string? SpeakerName, int Sentence, string Link);
    public sealed record ClaimRow(string Text, ActorRef Speaker, ActorRef? Target, bool Hedged, int Sentence, string Link);
    public sealed record AmountRow(decimal Value, string Currency, string Text, int Sentence, string Link);
    public sealed record Result(
        int Id, string Title, string Source, string Url, DateOnly? PublishedDate, string? Author, string Text,
        IReadOnlyList<MentionRow> Mentions, IReadOnlyList<EventRow> Events, IReadOnlyList<QuoteRow> Quotes,
        IReadOnlyList<ClaimRow> Claims, IReadOnlyList<AmountRow> Amounts, IReadOnlyList<CopyRow> Copies, int Revisions);

    public Result Data { get; private set; } = null!;
    public IReadOnlyList<Paragraph> Paragraphs { get; private set; } = [];

    /// <summary>Numbers of the sentences that carry at least one fact, marked in the text so the reader sees where facts come from.</summary>
    public IReadOnlySet<int> FactSentences => Data.Events.Select(e => e.Sentence)
        .Concat(Data.Quotes.Select(q => q.Sentence))
        .Concat(Data.Claims.Select(c => c.Sentence))
        .Concat(Data.Amounts.Select(a => a.Sentence))
        .ToHashSet();

    public sealed record CastRow(ActorRef Actor, int Mentions);

    /// <summary>The actors the text names, most mentioned first.</summary>
    public IReadOnlyList<CastRow> Cast => Data.Mentions
        .Where(m => !m.Epithet)
        .GroupBy(m => m.Actor)
        .Select(g => new CastRow(g.Key, g.Count()))
        .OrderByDescending(c => c.Mentions).ThenBy(c => c.Actor.Name, StringComparer.Create(Labels.French, ignoreCase: true))
        .ToList();

    /// <summary>For articles read from disk: the file's name, not the server's folder layout.</summary>
    public string LocalFileName => Uri.TryCreate(Data.Url, UriKind.Absolute, out var uri) && uri.IsFile ? Path.GetFileName(uri.LocalPath) : Data.Url;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var data = await LoadAsync(db, id, ct);
        if (data is null)
        {
            return NotFound();
        }
        Data = data;
        Paragraphs = ArticleLayout.Build(data.Text, Sentences.Of(data.Text),
            data.Mentions.Select(m => new MentionSpan(m.Start, m.Length, m.Actor.Slug, m.Actor.Name, m.Epithet)));
        return Page();
    }

    public static async Task<Result?> LoadAsync(AiWatchDbContext db, int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Id, Title = ArticleTitles.Display(a.Title, a.Url), Source = a.Source!.Name, a.Url, a.PublishedDate, a.Author, a.Text, a.StoryId })
            .SingleOrDefaultAsync(ct);
        if (article is null)
        {
            return null;
        }
        var sentences = Sentences.Of(article.Text);
        string Link(int offset) => $"{FactLinks.Article(id)}#sentence-{sentences.NumberAt(offset)}";

        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.ArticleId == id)
            .OrderBy(m => m.Start)
            .Select(m => new MentionRow(m.Start, m.Length, m.Surface, new ActorRef(m.Actor!.Slug, m.Actor.Name), m.Kind == MentionKind.Epithet))
            .ToListAsync(ct);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.ArticleId == id)
            .OrderBy(e => e.EvidenceStart)
            .Select(e => new
            {
                e.Type, e.Date, e.DateStart, e.AmountValue, e.AmountCurrency, e.Hedged, e.Evidence, e.EvidenceStart,
                Actors = e.Actors.OrderBy(ea => ea.Position).Select(ea => new ActorRef(ea.Actor!.Slug, ea.Actor.Name)).ToList(),
            })
            .ToListAsync(ct);
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.ArticleId == id)
            .OrderBy(q => q.Start)
            .Select(q => new { q.Text, q.Start, q.SpeakerName, Speaker = q.SpeakerActor == null ? null : new ActorRef(q.SpeakerActor.Slug, q.SpeakerActor.Name) })
            .ToListAsync(ct);
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Start)
            .Select(c => new
            {
                c.Text, c.Start, c.Hedged,
                Speaker = new ActorRef(c.SpeakerActor!.Slug, c.SpeakerActor.Name),
                Target = c.TargetActor == null ? null : new ActorRef(c.TargetActor.Slug, c.TargetActor.Name),
            })
            .ToListAsync(ct);
        var amounts = await db.Amounts.AsNoTracking()
            .Where(m => m.ArticleId == id)
            .OrderBy(m => m.Start)
            .Select(m => new { m.Value, m.Currency, m.Text, m.Start })
            .ToListAsync(ct);

        var copies = article.StoryId is not { } storyId ? [] : await db.Articles.AsNoTracking()
            .Where(a => a.StoryId == storyId && a.Id != id)
            .OrderBy(a => a.PublishedDate).ThenBy(a => a.Id)
            .Select(a => new CopyRow(a.Id, ArticleTitles.Display(a.Title, a.Url), a.Source!.Name, a.PublishedDate))
            .ToListAsync(ct);
        var revisions = await db.ArticleRevisions.CountAsync(r => r.ArticleId == id, ct);

        return new Result(article.Id, article.Title, article.Source, article.Url, article.PublishedDate, article.Author, article.Text,
            mentions,
            events.Select(e => new EventRow(e.Type, e.Date, e.DateStart, e.AmountValue, e.AmountCurrency, e.Hedged, e.Actors, e.Evidence,
                sentences.NumberAt(e.EvidenceStart), Link(e.EvidenceStart))).ToList(),
            quotes.Select(q => new QuoteRow(q.Text, q.Speaker, q.SpeakerName, sentences.NumberAt(q.Start), Link(q.Start))).ToList(),
            claims.Select(c => new ClaimRow(c.Text, c.Speaker, c.Target, c.Hedged, sentences.NumberAt(c.Start), Link(c.Start))).ToList(),
            amounts.Select(m => new AmountRow(m.Value, m.Currency, m.Text, sentences.NumberAt(m.Start), Link(m.Start))).ToList(),
            copies, revisions);
    }
}
