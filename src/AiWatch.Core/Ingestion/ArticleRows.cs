using System.Data.Common;
using AiWatch.Core.Model;
using AiWatch.Core.Storage;
using Microsoft.EntityFrameworkCore.Storage;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// Writes a new article and its facts, and event-group changes, with prepared <see cref="RowCommand{T}"/>s kept
/// for as long as the transaction they were prepared in: a bulk import prepares them once per batch.
/// </summary>
public sealed class ArticleRows(AiWatchDbContext db) : IDisposable
{
    private DbTransaction? preparedFor;
    private Commands? commands;

    private sealed class Commands(AiWatchDbContext db) : IDisposable
    {
        public RowCommand<Article> Article { get; } = RowCommand<Article>.Insert(db, returnId: true);
        public RowCommand<Mention> Mention { get; } = RowCommand<Mention>.Insert(db, returnId: false);
        public RowCommand<CoMention> CoMention { get; } = RowCommand<CoMention>.Insert(db, returnId: false);
        public RowCommand<Event> Event { get; } = RowCommand<Event>.Insert(db, returnId: true);
        public RowCommand<EventActor> EventActor { get; } = RowCommand<EventActor>.Insert(db, returnId: false);
        public RowCommand<Quote> Quote { get; } = RowCommand<Quote>.Insert(db, returnId: false);
        public RowCommand<Claim> Claim { get; } = RowCommand<Claim>.Insert(db, returnId: false);
        public RowCommand<Amount> Amount { get; } = RowCommand<Amount>.Insert(db, returnId: false);
        public RowCommand<EventGroup> NewGroup { get; } = RowCommand<EventGroup>.Insert(db, returnId: true);
        public RowCommand<EventGroup> GroupSummary { get; } = RowCommand<EventGroup>.Update(db,
            nameof(EventGroup.Date), nameof(EventGroup.DateStart), nameof(EventGroup.AmountValue), nameof(EventGroup.AmountCurrency),
            nameof(EventGroup.Hedged), nameof(EventGroup.ActorSlugs), nameof(EventGroup.SourceCount));
        public RowCommand<Event> EventGroupId { get; } = RowCommand<Event>.Update(db, nameof(Model.Event.GroupId));

        public void Dispose()
        {
            foreach (var command in new IDisposable[] { Article, Mention, CoMention, Event, EventActor, Quote, Claim, Amount, NewGroup, GroupSummary, EventGroupId })
            {
                command.Dispose();
            }
        }
    }

    /// <summary>
    /// Inserts <paramref name="article"/> (its <see cref="Article.SourceId"/> set) with the facts in its collections,
    /// and sets the generated ids on the article, its facts and its events' actors.
    /// </summary>
    public void InsertNew(Article article)
    {
        var rows = Current();
        article.Id = (int)rows.Article.Execute(article);
        foreach (var mention in article.Mentions)
        {
            mention.ArticleId = article.Id;
            rows.Mention.Execute(mention);
        }
        foreach (var pair in article.CoMentions)
        {
            pair.ArticleId = article.Id;
            rows.CoMention.Execute(pair);
        }
        foreach (var happening in article.Events)
        {
            happening.ArticleId = article.Id;
            happening.Id = (int)rows.Event.Execute(happening);
            foreach (var actor in happening.Actors)
            {
                actor.EventId = happening.Id;
                rows.EventActor.Execute(actor);
            }
        }
        foreach (var quote in article.Quotes)
        {
            quote.ArticleId = article.Id;
            rows.Quote.Execute(quote);
        }
        foreach (var claim in article.Claims)
        {
            claim.ArticleId = article.Id;
            rows.Claim.Execute(claim);
        }
        foreach (var amount in article.Amounts)
        {
            amount.ArticleId = article.Id;
            rows.Amount.Execute(amount);
        }
    }

    /// <summary>Inserts a new group (its summary already set) and returns its id.</summary>
    public int InsertGroup(EventGroup group) => group.Id = (int)Current().NewGroup.Execute(group);

    public void UpdateGroupSummary(EventGroup group) => Current().GroupSummary.Execute(group);

    public void SetGroup(int eventId, int groupId) => Current().EventGroupId.Execute(new Event { Id = eventId, GroupId = groupId });

    private Commands Current()
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside a transaction");
        if (!ReferenceEquals(transaction, preparedFor))
        {
            commands?.Dispose();
            commands = new Commands(db);
            preparedFor = transaction;
        }
        return commands!;
    }

    public void Dispose() => commands?.Dispose();
}
