using System.Text.Json;
using AngleSharp.Dom;

namespace AiWatch.Core.Extraction.Html;

/// <summary>The article facts a page states in schema.org JSON-LD (NewsArticle, BlogPosting…).</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Url);

internal static class JsonLd
{
    public static JsonLdArticle? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement, 0) is { } article)
                {
                    return article;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's meta tags still apply.
            }
        }
        return null;
    }

    private static JsonLdArticle? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (IsArticleType(element))
        {
            return new JsonLdArticle(
                StringOf(element, "headline") ?? StringOf(element, "name"),
                AuthorOf(element),
                StringOf(element, "datePublished") ?? StringOf(element, "dateCreated"),
                StringOf(element, "url"));
        }
        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }
        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ToString())
            : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting" or "Report");
    }

    private static string? AuthorOf(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
        {
            return null;
        }
        var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
            .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : StringOf(a, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n!.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Select(n => n!.Trim())
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? StringOf(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 => value[0].ValueKind == JsonValueKind.String ? value[0].GetString() : null,
            _ => null,
        };
    }
}
