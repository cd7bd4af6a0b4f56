using AiWatch.Core.Extraction.Lines;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>Boilerplate line rules against Specs/Boilerplate.json and Specs/Labels.json.</summary>
public sealed class BoilerplateSpecTests
{
    [Theory]
    [SpecData("Boilerplate.json", null, "Input", "Kind", "Rule")]
    public void Classifies_spec_line(string input, string kind, string? rule)
    {
        var (actualKind, actualRule) = BoilerplateLines.Classify(input);
        Assert.Equal(Enum.Parse<LineKind>(kind), actualKind);
        Assert.Equal(rule, actualRule);
    }

    [Fact]
    public void Every_rule_has_a_spec_line()
    {
        var covered = SpecFile.Cases("Boilerplate.json")
            .Where(c => c.TryGetProperty("Rule", out _))
            .Select(c => (c.GetProperty("Kind").GetString(), c.GetProperty("Rule").GetString()))
            .ToHashSet();
        var rules = ExtractionLexicon.DropLines.Select(r => ("Drop", r.Name))
            .Concat(ExtractionLexicon.EndLines.Select(r => ("End", r.Name)))
            .Concat(ExtractionLexicon.EndBlockLines.Select(r => ("EndBlock", r.Name)));
        Assert.Empty(rules.Where(r => !covered.Contains(r)).ToList());
    }

    [Theory]
    [SpecData("Boxes.json", null, "Input", "Rule")]
    public void Recognises_spec_box(string input, string? rule) =>
        Assert.Equal(rule, BoilerplateLines.BoxRule(input));

    [Fact]
    public void Every_box_rule_has_a_spec_line()
    {
        var covered = SpecFile.Cases("Boxes.json").Where(c => c.TryGetProperty("Rule", out _)).Select(c => c.GetProperty("Rule").GetString()).ToHashSet();
        Assert.Empty(ExtractionLexicon.Boxes.Where(b => !covered.Contains(b.Name)).Select(b => b.Name).ToList());
    }

    [Theory]
    [SpecData("Labels.json", null, "Input", "IsLabel")]
    public void Recognises_box_labels(string input, bool isLabel) =>
        Assert.Equal(isLabel, BoilerplateLines.IsLabel(input));

    [Fact]
    public void Every_label_has_a_spec_line()
    {
        var inputs = SpecFile.Inputs("Labels.json").Select(BoilerplateLines.Normalize).ToList();
        Assert.Empty(ExtractionLexicon.Labels.Where(l => !inputs.Any(i => i.TrimEnd(' ', ':').Equals(l, StringComparison.OrdinalIgnoreCase))).ToList());
    }
}
