namespace AiWatch.Web.Pages.Shared;

/// <summary>An actor as a link target: what every list of facts shows for the actors it names.</summary>
public sealed record ActorRef(string Slug, string Name);
