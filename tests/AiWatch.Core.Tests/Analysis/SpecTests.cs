using System.Text.Json;
using AiWatch.Core.Analysis;

namespace AiWatch.Core.Tests.Analysis;

/// <summary>The French sentences of Specs/*.json, each checked against the extractor it documents.</summary>
public sealed class SpecTests
{
    private static DateOnly? Published(JsonElement spec) =>
        spec.TryGetProperty("published", out var p) ? DateOnly.Parse(p.GetString()!) : null;

    [Theory]
    [SpecData("Sentences")]
    public void Sentences(string input, string json)
    {
        var expected = SpecFiles.Parse(json).GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToList();
        var actual = SentenceSplitter.Split(input).Select(s => s.TextOf(input)).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [SpecData("Actors")]
    public void Actors(string input, string json)
    {
        var expected = SpecFiles.Parse(json).GetProperty("actors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var mentions = new ActorMatcher(TestRegistry.Registry).Match(input);
        var actual = mentions.GroupBy(m => m.Slug).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.All(mentions, m => Assert.Equal(m.Surface, input.Substring(m.Start, m.Length)));
    }

    [Theory]
    [SpecData("References")]
    public void References(string input, string json)
    {
        var expected = SpecFiles.Parse(json).GetProperty("references").EnumerateArray()
            .Select(r => (r.GetProperty("text").GetString()!, r.GetProperty("slug").GetString()!)).ToList();
        var actual = TestRegistry.Context(input).References.Where(r => r.Kind != ReferenceKind.Literal)
            .Select(r => (input.Substring(r.Start, r.Length), r.Slug)).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [SpecData("Amounts")]
    public void Amounts(string input, string json)
    {
        var spec = SpecFiles.Parse(json);
        var actual = AmountExtractor.Extract(input);
        var expected = spec.GetProperty("amounts").EnumerateArray().ToList();
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.GetProperty("value").GetDecimal(), a.Value);
            Assert.Equal(e.GetProperty("currency").GetString(), a.Currency);
            if (e.TryGetProperty("text", out var text))
            {
                Assert.Equal(text.GetString(), a.Text);
            }
            Assert.Equal(a.Text, input.Substring(a.Start, a.Length));
        }
    }

    [Theory]
    [SpecData("Dates")]
    public void Dates(string input, string json)
    {
        var spec = SpecFiles.Parse(json);
        var expected = spec.GetProperty("dates").EnumerateArray().Select(d => d.GetString()!).ToList();
        var actual = DateExtractor.Extract(input, Published(spec));
        Assert.Equal(expected, actual.Select(d => d.Value).ToList());
        if (spec.TryGetProperty("approximate", out var approximate))
        {
            Assert.Equal(approximate.EnumerateArray().Select(a => a.GetBoolean()), actual.Select(d => d.Approximate));
        }
    }

    [Theory]
    [SpecData("Quotes")]
    public void Quotes(string input, string json)
    {
        var expected = SpecFiles.Parse(json).GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("text").GetString(), q.GetProperty("speaker").GetString())).ToList();
        var actual = QuoteExtractor.Extract(TestRegistry.Context(input));
        Assert.Equal(expected, actual.Select(q => ((string?)q.Text, q.SpeakerSlug ?? q.SpeakerName)).ToList());
        Assert.All(actual, q => Assert.Equal(q.Text, input.Substring(q.Start, q.Length)));
    }

    [Theory]
    [SpecData("Claims")]
    public void Claims(string input, string json)
    {
        var expected = SpecFiles.Parse(json).GetProperty("claims").EnumerateArray().ToList();
        var actual = TestRegistry.Analyzer.Analyze(input, null).Claims;
        Assert.Equal(expected.Select(c => c.GetProperty("speaker").GetString()), actual.Select(c => c.SpeakerSlug));
        foreach (var (e, a) in expected.Zip(actual))
        {
            if (e.TryGetProperty("target", out var target))
            {
                Assert.Equal(target.GetString(), a.TargetSlug);
            }
            Assert.Equal(a.Text, input.Substring(a.Start, a.Length));
        }
    }

    /// <summary>A hedged sentence is flagged, and its events are kept (flagged too), never dropped.</summary>
    [Theory]
    [SpecData("Hedges")]
    public void Hedges(string input, string json)
    {
        var spec = SpecFiles.Parse(json);
        var hedged = spec.GetProperty("hedged").GetBoolean();
        Assert.Equal(hedged, Hedging.IsHedged(Core.Analysis.French.FrenchText.Fold(input).ToLowerInvariant()));
        var events = TestRegistry.Analyzer.Analyze(input, null).Events;
        Assert.All(events, e => Assert.Equal(hedged, e.Hedged));
        if (spec.TryGetProperty("events", out var types))
        {
            Assert.Equal(types.EnumerateArray().Select(t => t.GetString()!).Order(), events.Select(e => e.Type).Order());
        }
    }

    [Theory]
    [SpecData("Events")]
    public void Events(string input, string json)
    {
        var spec = SpecFiles.Parse(json);
        var expected = spec.GetProperty("events").EnumerateArray().ToList();
        var actual = TestRegistry.Analyzer.Analyze(input, Published(spec)).Events;
        Assert.Equal(expected.Select(e => e.GetProperty("type").GetString()).Order(), actual.Select(e => e.Type).Order());
        foreach (var e in expected)
        {
            var type = e.GetProperty("type").GetString();
            var actors = e.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!).ToList();
            var hasAmount = e.TryGetProperty("amount", out var amount);
            var match = actual.FirstOrDefault(a => a.Type == type && actors.All(a.Actors.Contains)
                    && (!hasAmount || (amount.ValueKind == JsonValueKind.Null ? a.Amount is null : a.Amount?.Value == amount.GetDecimal())))
                ?? actual.FirstOrDefault(a => a.Type == type && actors.All(a.Actors.Contains));
            Assert.True(match is not null, $"{type} with [{string.Join(", ", actors)}] not found among: "
                + string.Join(" | ", actual.Select(a => $"{a.Type} [{string.Join(", ", a.Actors)}]")));
            if (hasAmount)
            {
                Assert.Equal(amount.ValueKind == JsonValueKind.Null ? null : amount.GetDecimal(), match!.Amount?.Value);
            }
            Assert.Equal(match!.Evidence, input.Substring(match.Start, match.Length));
        }
        if (spec.TryGetProperty("date", out var date))
        {
            Assert.All(actual, a => Assert.Equal(date.ValueKind == JsonValueKind.Null ? null : date.GetString(), a.Date));
        }
    }
}
