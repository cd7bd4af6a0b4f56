using System.Text;
using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>Renders elements as text lines: one line per paragraph, heading, list item or quote; no blank lines.</summary>
internal static class BlockText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "figure", "figcaption", "img", "input",
    };

    public static List<string> Lines(IEnumerable<IElement> roots, HashSet<IElement> pruned)
    {
        var writer = new LineWriter();
        foreach (var root in roots)
        {
            Write(root, writer, pruned);
            writer.Break();
        }
        return writer.Lines;
    }

    private static void Write(INode node, LineWriter writer, HashSet<IElement> pruned)
    {
        if (node is IText text)
        {
            writer.Append(text.Data);
            return;
        }
        if (node is not IElement element || Skipped.Contains(element.LocalName) || HtmlTags.NonContent.Contains(element.LocalName) || pruned.Contains(element))
        {
            return;
        }
        var name = element.LocalName;
        if (name == "br" || name == "hr")
        {
            writer.Break();
            return;
        }
        var block = HtmlTags.IsBlock(element);
        if (block)
        {
            writer.Break();
        }
        foreach (var child in element.ChildNodes)
        {
            Write(child, writer, pruned);
        }
        if (block)
        {
            writer.Break();
        }
    }

    private sealed class LineWriter
    {
        private readonly StringBuilder current = new();
        private bool pendingSpace;

        public List<string> Lines { get; } = [];

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B')
                {
                    pendingSpace = current.Length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    current.Append(' ');
                    pendingSpace = false;
                }
                current.Append(c);
            }
        }

        public void Break()
        {
            if (current.Length > 0)
            {
                Lines.Add(current.ToString());
                current.Clear();
            }
            pendingSpace = false;
        }
    }
}
