using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;

namespace AiWatch.Cli;

/// <summary>The JSON line of the extract/analyze contract (field names are a public contract: do not rename).</summary>
public static class JsonLines
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Article(string id, ExtractedArticle article, AnalysisResult? analysis)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("url", article.Url);
            json.WriteString("title", article.Title);
            json.WriteString("author", article.Author);
            // Invariant culture: under a Thai or Hijri user culture "yyyy" would print another calendar's year.
            json.WriteString("published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("lang", article.Language);
            json.WriteString("text", article.Text);
            if (analysis is not null)
            {
                WriteAnalysis(json, analysis);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteAnalysis(Utf8JsonWriter json, AnalysisResult analysis)
    {
        json.WriteStartObject("actors");
        foreach (var group in analysis.Mentions.GroupBy(m => m.Slug).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(group.Key, group.Count());
        }
        json.WriteEndObject();

        json.WriteStartArray("events");
        foreach (var e in analysis.Events)
        {
            json.WriteStartObject();
            json.WriteString("type", e.Type);
            json.WriteStartArray("actors");
            foreach (var slug in e.Actors)
            {
                json.WriteStringValue(slug);
            }
            json.WriteEndArray();
            json.WritePropertyName("amount");
            if (e.Amount is null)
            {
                json.WriteNullValue();
            }
            else
            {
                WriteMoney(json, e.Amount, withText: false);
            }
            json.WriteString("date", e.Date);
            json.WriteBoolean("hedged", e.Hedged);
            json.WriteString("evidence", e.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var q in analysis.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", q.Text);
            json.WriteString("speaker", q.SpeakerSlug ?? q.SpeakerName);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var c in analysis.Claims)
        {
            json.WriteStartObject();
            json.WriteString("speaker", c.SpeakerSlug);
            json.WriteString("target", c.TargetSlug);
            json.WriteString("text", c.Text);
            json.WriteBoolean("hedged", c.Hedged);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("amounts");
        foreach (var a in analysis.Amounts)
        {
            WriteMoney(json, a, withText: true);
        }
        json.WriteEndArray();
    }

    private static void WriteMoney(Utf8JsonWriter json, AmountMatch amount, bool withText)
    {
        json.WriteStartObject();
        // 97.4m * 1e9m keeps a scale ("97400000000.0"); dividing by 1.000…m drops trailing zeros.
        json.WriteNumber("value", amount.Value / 1.000000000000000000000000000000000m);
        json.WriteString("currency", amount.Currency);
        if (withText)
        {
            json.WriteString("text", amount.Text);
        }
        json.WriteEndObject();
    }
}
