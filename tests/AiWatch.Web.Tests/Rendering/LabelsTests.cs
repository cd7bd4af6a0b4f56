using AiWatch.Core.Model;
using AiWatch.Web.Rendering;

namespace AiWatch.Web.Tests.Rendering;

public sealed class LabelsTests
{
    [Theory]
    [InlineData("97400000000", "USD", "97,4 milliards $")]
    [InlineData("1500000000", "EUR", "1,5 milliard €")]
    [InlineData("2000000", "EUR", "2 millions €")]
    [InlineData("1000000", "GBP", "1 million £")]
    [InlineData("950", "JPY", "950 JPY")]
    public void Money_reads_like_the_french_press(string value, string currency, string expected)
    {
        Assert.Equal(expected, Labels.Money(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), currency));
    }

    [Theory]
    [InlineData("2025", null, "2025")]
    [InlineData("2025-03", "2025-03-01", "mars 2025")]
    [InlineData("2025-03-07", "2025-03-07", "7 mars 2025")]
    public void Partial_dates_keep_their_precision(string date, string? start, string expected)
    {
        Assert.Equal(expected, Labels.PartialDate(date, start is null ? null : DateOnly.Parse(start)));
    }

    [Fact]
    public void Every_event_type_has_a_french_name()
    {
        Assert.All(EventTypes.All, type => Assert.NotEqual(type, Labels.EventType(type)));
    }
}
