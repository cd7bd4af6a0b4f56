namespace AiWatch.Core.Storage;

/// <summary>Which of an actor's facts a dossier lists.</summary>
public enum ActorFacts
{
    QuotesBy,
    ClaimsBy,
    /// <summary>Claims whose target is the actor, made by someone else.</summary>
    ClaimsAbout,
}

public static class ActorFactQueries
{
    /// <summary>
    /// Ids of one page of an actor's quotes or claims, newest article first (then by article, then by position in
    /// it). SQLite walks the actor's articles newest first on the (ActorId, PublishedDate, ArticleId) index of
    /// ArticleActors and looks each article's facts up, stopping once the page is full; left to itself it starts
    /// from the speaker index and sorts every fact of the actor (27,000 quotes of Elon Musk in 100,000 articles),
    /// hence CROSS JOIN, which fixes the order, and INDEXED BY, without which it looks each article's facts up
    /// through the actor's index (every fact of the actor again, for each article). The analyser only attributes facts to actors named in the article,
    /// so every fact of the actor is reached this way.
    /// </summary>
    public static async Task<IReadOnlyList<int>> NewestFactIdsAsync(this AiWatchDbContext db, ActorFacts facts, int actorId, int skip, int take, CancellationToken ct = default)
    {
        var (table, condition) = facts switch
        {
            ActorFacts.QuotesBy => ("Quotes AS f INDEXED BY IX_Quotes_ArticleId", "f.SpeakerActorId = $actor"),
            ActorFacts.ClaimsBy => ("Claims AS f INDEXED BY IX_Claims_ArticleId", "f.SpeakerActorId = $actor"),
            ActorFacts.ClaimsAbout => ("Claims AS f INDEXED BY IX_Claims_ArticleId", "f.TargetActorId = $actor AND f.SpeakerActorId <> $actor"),
            _ => throw new ArgumentOutOfRangeException(nameof(facts), facts, null),
        };
        return await RawSql.ListAsync(db, $@"SELECT f.Id FROM ArticleActors a CROSS JOIN {table}
                WHERE a.ActorId = $actor AND f.ArticleId = a.ArticleId AND {condition}
                ORDER BY a.PublishedDate DESC, a.ArticleId DESC, f.Start LIMIT $take OFFSET $skip",
            [("$actor", actorId), ("$take", take), ("$skip", skip)], reader => reader.GetInt32(0), ct);
    }
}
