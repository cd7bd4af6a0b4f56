using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiWatch.Core.Storage;

/// <summary>
/// Inserts or updates entities of one type through one prepared command, bypassing the change tracker: EF Core 6
/// sends one command per row and tracks every entity, which costs more than the write itself when an article
/// brings fifty facts. Tables, columns and value conversions come from the EF model, so a row written here is the
/// row SaveChanges would write. Valid inside the transaction it was created in.
/// </summary>
public sealed class RowCommand<T> : IDisposable where T : class
{
    private readonly DbCommand command;
    private readonly Column[] columns;

    private sealed record Column(IProperty Property, ValueConverter? Converter, DbParameter Parameter);

    private RowCommand(DbCommand command, Column[] columns)
    {
        this.command = command;
        this.columns = columns;
    }

    /// <summary>
    /// An insert of every column but a generated key; with <paramref name="returnId"/>, <see cref="Execute"/>
    /// returns the generated key.
    /// </summary>
    public static RowCommand<T> Insert(DbContext db, bool returnId)
    {
        var entity = EntityOf(db);
        var properties = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
        var names = properties.Select((p, i) => (Column: ColumnOf(entity, p), Parameter: $"$p{i}")).ToList();
        var sql = $"INSERT INTO \"{entity.GetTableName()}\" ({string.Join(", ", names.Select(n => n.Column))}) VALUES ({string.Join(", ", names.Select(n => n.Parameter))})"
            + (returnId ? "; SELECT last_insert_rowid();" : "");
        return Create(db, sql, properties);
    }

    /// <summary>An update of the named properties of the row with the entity's key.</summary>
    public static RowCommand<T> Update(DbContext db, params string[] propertyNames)
    {
        var entity = EntityOf(db);
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var properties = propertyNames.Select(name => entity.FindProperty(name) ?? throw new ArgumentException($"{typeof(T).Name} has no {name}")).ToList();
        var sets = properties.Select((p, i) => $"{ColumnOf(entity, p)} = $p{i}");
        var sql = $"UPDATE \"{entity.GetTableName()}\" SET {string.Join(", ", sets)} WHERE {ColumnOf(entity, key)} = $p{properties.Count}";
        return Create(db, sql, [.. properties, key]);
    }

    /// <summary>Writes <paramref name="row"/>; returns its generated key for an insert created with returnId, else 0.</summary>
    public long Execute(T row)
    {
        foreach (var column in columns)
        {
            var value = column.Property.GetGetter().GetClrValue(row);
            column.Parameter.Value = value is null ? DBNull.Value : column.Converter?.ConvertToProvider(value) ?? value;
        }
        return command.ExecuteScalar() is long id ? id : 0;
    }

    public void Dispose() => command.Dispose();

    private static IEntityType EntityOf(DbContext db) =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");

    private static string ColumnOf(IEntityType entity, IProperty property) =>
        $"\"{property.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))}\"";

    private static RowCommand<T> Create(DbContext db, string sql, IReadOnlyList<IProperty> properties)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside a transaction");
        command.CommandText = sql;
        var columns = properties.Select((p, i) =>
        {
            var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, $"$p{i}", null, p.IsNullable);
            command.Parameters.Add(parameter);
            return new Column(p, mapping.Converter, parameter);
        }).ToArray();
        command.Prepare();
        return new RowCommand<T>(command, columns);
    }
}
