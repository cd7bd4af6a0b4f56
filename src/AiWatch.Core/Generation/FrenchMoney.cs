using System.Globalization;

namespace AiWatch.Core.Generation;

/// <summary>
/// Writes money the ways the French press does: "40 milliards de dollars", "1,5 milliard d’euros",
/// "$22,5 milliards", "300 M€", "2,4 Md$".
/// </summary>
public static class FrenchMoney
{
    /// <summary>A random amount between <paramref name="min"/> and <paramref name="max"/> units, rounded like a headline figure.</summary>
    public static decimal Pick(Random random, decimal min, decimal max)
    {
        var raw = min + (max - min) * (decimal)Math.Pow(random.NextDouble(), 2);
        var scale = raw >= 1_000_000_000m ? 1_000_000_000m : 1_000_000m;
        var units = raw / scale;
        // Small figures keep one decimal ("1,5 milliard"), larger ones are whole ("40 milliards", "350 millions").
        var rounded = units < 10m && random.Next(2) == 0 ? Math.Round(units, 1) : Math.Max(1m, Math.Round(units));
        return rounded * scale;
    }

    /// <summary>The amount in one of the written forms, picked at random.</summary>
    public static string Format(decimal value, string currency, Random random)
    {
        var billions = value >= 1_000_000_000m;
        var figure = (billions ? value / 1_000_000_000m : value / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
        var plural = !figure.StartsWith("1", StringComparison.Ordinal) || figure.Length > 1 && figure[1] != ',';
        var scaleWord = (billions ? "milliard" : "million") + (plural ? "s" : "");
        var dollars = currency == "USD";
        return random.Next(5) switch
        {
            0 when dollars => $"${figure} {scaleWord}",
            1 => $"{figure} {(billions ? "Md" : "M")}{(dollars ? "$" : "€")}",
            _ => $"{figure} {scaleWord} {(dollars ? "de dollars" : "d’euros")}",
        };
    }
}
