namespace AiWatch.Cli;

/// <summary>
/// A one-line progress bar redrawn in place with '\r' ("[#####-----] 12/181 page.html"). It only draws when
/// <c>enabled</c> (stderr is a terminal): redirected to a file or a pipe, it writes nothing, so logs keep only results.
/// </summary>
public sealed class ProgressLine(TextWriter writer, int total, bool enabled)
{
    private const int Width = 30;
    private const int MaxLabel = 40;
    private int done;
    private int drawn;

    /// <summary>Counts one more input and redraws the bar with its name.</summary>
    public void Advance(string label)
    {
        done++;
        if (!enabled)
        {
            return;
        }
        var filled = total <= 0 ? Width : Math.Min(Width, done * Width / total);
        var line = $"[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} {Shorten(label)}";
        writer.Write("\r" + line.PadRight(drawn));
        drawn = line.Length;
        writer.Flush();
    }

    /// <summary>Erases the bar, before another line is printed to the terminal and at the end.</summary>
    public void Clear()
    {
        if (!enabled || drawn == 0)
        {
            return;
        }
        writer.Write("\r" + new string(' ', drawn) + "\r");
        drawn = 0;
        writer.Flush();
    }

    // The end of a path or URL names the input; its start is the same for every file of a folder.
    private static string Shorten(string label) => label.Length <= MaxLabel ? label : "…" + label[^(MaxLabel - 1)..];
}
