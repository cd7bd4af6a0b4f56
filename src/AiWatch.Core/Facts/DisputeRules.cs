namespace AiWatch.Core.Facts;

/// <summary>What puts two actors in a dispute, and how a dispute is named.</summary>
public static class DisputeRules
{
    /// <summary>
    /// Event types whose participants stand against each other. A lawsuit opposes plaintiff and defendant; a bid
    /// (an offer to buy a company, OPA) is made to a target that has not agreed yet, otherwise the analyser
    /// says acquisition; a settlement ("accord à l’amiable", "mettre fin au litige") only exists between parties
    /// in dispute, and closes their timeline. Investments, partnerships and the rest bring actors together.
    /// </summary>
    public static readonly IReadOnlyList<string> AdversarialEventTypes = ["lawsuit", "bid", "settlement"];

    public static bool IsAdversarial(string eventType) => AdversarialEventTypes.Contains(eventType);

    /// <summary>
    /// Beyond this many participants, a sentence names more than the two sides ("l’offre de Musk sur OpenAI,
    /// rejetée par Altman, soutenue par SoftBank"): only the agent and the first target it names are opposed.
    /// </summary>
    public const int MaxParticipantsAllOpposed = 3;

    /// <summary>
    /// The opposed pairs of an event, ordered by id: its agent (first participant) against each other participant,
    /// or only against the first of them when the event names more than <see cref="MaxParticipantsAllOpposed"/>.
    /// Co-defendants ("Musk poursuit OpenAI et Microsoft") are on the same side, so they do not form a pair; nor
    /// do <paramref name="allies"/> (a person and an organisation they are affiliated with: Musk's bid names xAI).
    /// </summary>
    public static IEnumerable<(int A, int B)> OpposedPairs(string eventType, IReadOnlyList<int> actorIdsAgentFirst, IReadOnlySet<(int, int)>? allies = null)
    {
        if (!IsAdversarial(eventType) || actorIdsAgentFirst.Count < 2)
        {
            return [];
        }
        var agent = actorIdsAgentFirst[0];
        var opposed = actorIdsAgentFirst.Skip(1).Where(other => other != agent).Distinct()
            .Select(other => Ordered(agent, other))
            .Where(pair => allies is null || !allies.Contains(pair));
        return actorIdsAgentFirst.Distinct().Count() > MaxParticipantsAllOpposed ? opposed.Take(1) : opposed;
    }

    /// <summary>The pair of a claim by one actor about another ("X accuse Y de…"), ordered by id; none without a target or between allies.</summary>
    public static (int A, int B)? OpposedPair(int speakerId, int? targetId, IReadOnlySet<(int, int)>? allies = null) =>
        targetId is { } target && target != speakerId && allies?.Contains(Ordered(speakerId, target)) != true ? Ordered(speakerId, target) : null;

    public static (int A, int B) Ordered(int x, int y) => x < y ? (x, y) : (y, x);

    /// <summary>"elon-musk-vs-openai": the two slugs in ordinal order, so the name does not depend on database ids.</summary>
    public static string Slug(string slugX, string slugY) =>
        string.CompareOrdinal(slugX, slugY) <= 0 ? $"{slugX}-vs-{slugY}" : $"{slugY}-vs-{slugX}";
}
