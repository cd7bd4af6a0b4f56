namespace AiWatch.Core.Extraction;

/// <summary>Plain-text articles: the first non-empty line is the title, the rest the text.</summary>
public static class TextArticleExtractor
{
    public static ExtractedArticle Extract(string content, string? url)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var title = lines.Count > 0 ? lines[0] : null;
        var text = string.Join("\n", lines.Skip(1));
        return new ExtractedArticle(url, url, title, null, null, "fr", text);
    }
}
