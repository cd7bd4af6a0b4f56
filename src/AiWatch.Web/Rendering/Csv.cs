using System.Text;

namespace AiWatch.Web.Rendering;

/// <summary>
/// CSV downloads that open cleanly in Excel and LibreOffice: RFC 4180 quoting, UTF-8 with a byte order mark (without
/// it Excel reads "é" as "Ã©"), and cells that a spreadsheet would run as a formula defused with a leading apostrophe.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Characters that make Excel or LibreOffice read a cell as a formula (CSV injection), tab and CR included.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder(Line(header));
        foreach (var row in rows)
        {
            text.Append(Line(row));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }
        return value.IndexOfAny(['"', ',', ';', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    /// <summary>One record: its cells quoted where needed, then CRLF (RFC 4180).</summary>
    public static string Line(IReadOnlyList<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";
}
