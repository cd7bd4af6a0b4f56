using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2025", 2025, 1, 1)]
    [InlineData("2025-02", 2025, 2, 1)]
    [InlineData("2024-11-23", 2024, 11, 23)]
    public void First_day_of_a_partial_date(string value, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PartialDate.FirstDay(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-13")]
    [InlineData("vers 2025")]
    public void Malformed_or_missing_dates_have_no_first_day(string? value) => Assert.Null(PartialDate.FirstDay(value));
}
