namespace AiWatch.Web.Pages.Shared;

/// <summary>The "see all" link under a list cut at <see cref="Cap"/> rows; nothing when the list is short or already whole.</summary>
public sealed record SeeAll(int Total, int Cap, bool Expanded, string Link)
{
    public bool Shown => !Expanded && Total > Cap;
}
