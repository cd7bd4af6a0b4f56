using System.Text.RegularExpressions;
using AiWatch.Core.Extraction.Lines;

namespace AiWatch.Core.Tests.Extraction;

/// <summary>French and English dates against Specs/Dates.json; every month, weekday and prefix has a line.</summary>
public sealed class DateSpecTests
{
    [Theory]
    [SpecData("Dates.json", null, "Input", "Date", "Kind")]
    public void Reads_spec_date(string input, string? date, string kind)
    {
        var expected = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        switch (kind)
        {
            case "Published" or "Updated":
                var line = DateText.ParseDateLine(input);
                Assert.NotNull(line);
                Assert.Equal(expected, line.Value.Date);
                Assert.Equal(kind == "Updated", line.Value.Updated);
                break;
            case "Weekday":
                var found = DateText.Find(input);
                Assert.NotNull(found);
                Assert.True(found.HasWeekday);
                Assert.Equal(expected, found.Date);
                break;
            case "DateOnly":
                Assert.True(DateText.IsDateOnlyLine(input));
                Assert.Equal(expected, DateText.Find(input)?.Date);
                break;
            default:
                Assert.Equal(expected, DateText.Find(input)?.Date);
                break;
        }
    }

    [Fact]
    public void Every_month_and_weekday_has_a_spec_line()
    {
        var inputs = SpecFile.Inputs("Dates.json");
        var words = ExtractionLexicon.Months.Keys.Concat(ExtractionLexicon.Weekdays);
        Assert.Empty(words.Where(w => !inputs.Any(i => Regex.IsMatch(i, $@"(?<!\p{{L}}){Regex.Escape(w)}(?!\p{{L}})", RegexOptions.IgnoreCase))).ToList());
    }

    [Fact]
    public void Every_date_prefix_has_a_spec_line()
    {
        var cases = SpecFile.Cases("Dates.json");
        string[] Starts(string kind) => cases.Where(c => c.GetProperty("Kind").GetString() == kind).Select(c => c.GetProperty("Input").GetString()!).ToArray();
        bool Opens(string[] inputs, string prefix) => inputs.Any(i => Regex.IsMatch(i, $@"^{Regex.Escape(prefix)}(?!\p{{L}})", RegexOptions.IgnoreCase));
        Assert.Empty(ExtractionLexicon.PublishedPrefixes.Where(p => !Opens(Starts("Published"), p)).ToList());
        Assert.Empty(ExtractionLexicon.UpdatedPrefixes.Where(p => !Opens(Starts("Updated"), p)).ToList());
    }

    [Theory]
    [InlineData("2024-11-23T10:31:00+01:00", "2024-11-23")]
    [InlineData("2024-11-23", "2024-11-23")]
    [InlineData("2019-11-19T23:30:00Z", "2019-11-19")]
    [InlineData("23 novembre 2024", "2024-11-23")]
    [InlineData("not a date", null)]
    [InlineData("", null)]
    public void Reads_metadata_dates_as_written(string value, string? expected) =>
        Assert.Equal(expected, DateText.ParseMetadata(value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
