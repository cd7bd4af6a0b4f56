namespace AiWatch.Web.Pages.Shared;

/// <summary>
/// The line above an event's evidence, the same on every screen: type, when, amount, hedging, actors.
/// <see cref="When"/> is already worded ("mars 2025"); null leaves it out. Actors named in <see cref="Hide"/>
/// are left out too (a dossier need not link to itself).
/// </summary>
public sealed record EventHead(string Type, string? When, decimal? AmountValue, string? AmountCurrency, bool Hedged, IReadOnlyList<ActorRef> Actors, string? Hide = null);
