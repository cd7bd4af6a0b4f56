namespace AiWatch.Core.Facts;

/// <summary>Rows a maintenance step created, changed and deleted (event groups, disputes), for reports.</summary>
public sealed record RowChanges(int Created, int Updated, int Deleted)
{
    public static readonly RowChanges None = new(0, 0, 0);

    public int Total => Created + Updated + Deleted;

    public static RowChanges operator +(RowChanges a, RowChanges b) =>
        new(a.Created + b.Created, a.Updated + b.Updated, a.Deleted + b.Deleted);
}
