using System.Globalization;
using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Analysis;

/// <summary>
/// Money amounts in French: "134 milliards de dollars", "97,4 milliards de dollars", "100 Md$", "285 M$",
/// "2 millions d'euros", "1 500 milliards", "1,5 milliard $", "0,42 $", "300 M€", "deux milliards d'euros", "$22,5 milliards".
/// An amount with a scale but no currency and no unit ("presque 170 milliards") takes the currency of another
/// amount of the same sentence, else of the nearest earlier amount of the article, else of its first one;
/// in an article that names no currency it is not money.
/// Counts (GPU, paramètres), power (GW), percentages and vague quantities ("des milliards") are not amounts.
/// </summary>
public static class AmountExtractor
{
    private static readonly Lazy<Regex> Pattern = new(Build);

    public static IReadOnlyList<AmountMatch> Extract(string text) => Extract(FoldedText.Of(text), SentenceSplitter.Split(text));

    public static IReadOnlyList<AmountMatch> Extract(FoldedText folded, IReadOnlyList<SentenceSpan> sentences)
    {
        var lexicon = FrenchLexicon.Instance;
        var found = new List<(Match Match, int Start, int Length, decimal Value, string? Currency)>();
        foreach (Match m in Pattern.Value.Matches(folded.Value))
        {
            var value = Number(m, lexicon);
            if (value is null)
            {
                continue;
            }
            var scale = m.Groups["scale"].Success ? lexicon.Scales[m.Groups["scale"].Value.ToLowerInvariant()]
                : m.Groups["abbr"].Success ? lexicon.ScaleAbbreviations[m.Groups["abbr"].Value]
                : 1m;
            var currency = m.Groups["word"].Success ? lexicon.CurrencyWords[Normalise(m.Groups["word"].Value)]
                : m.Groups["symbol"].Success ? lexicon.CurrencySymbols[m.Groups["symbol"].Value]
                : null;
            if (currency is null && (!m.Groups["scale"].Success || m.Groups["unit"].Success))
            {
                continue; // "400 000 GPU", "1000 milliards de paramètres"
            }
            if (m.Groups["scale"].Success && RangeStart(folded.Value, m.Index) is { } low)
            {
                // "de 40 à 20 milliards de dollars": the first bound shares the scale and currency of the second.
                var (lowStart, lowLength) = folded.ToOriginal(low.Index, low.Length);
                found.Add((m, lowStart, lowLength, low.Value * scale, currency));
            }
            var (start, length) = folded.ToOriginal(m.Index, m.Length);
            found.Add((m, start, length, value.Value * scale, currency));
        }
        var amounts = new List<AmountMatch>();
        for (var i = 0; i < found.Count; i++)
        {
            var (m, start, length, value, currency) = found[i];
            currency ??= ContextCurrency(found.Select(f => (f.Start, f.Currency)).ToList(), i, sentences);
            if (currency is not null)
            {
                amounts.Add(new AmountMatch(value, currency, folded.Original.Substring(start, length), start, length));
            }
        }
        return amounts;
    }

    private static string? ContextCurrency(List<(int Start, string? Currency)> found, int index, IReadOnlyList<SentenceSpan> sentences)
    {
        var at = found[index].Start;
        var sentence = sentences.FirstOrDefault(s => s.Start <= at && at < s.End);
        if (sentence is null)
        {
            return null;
        }
        var same = found.FirstOrDefault(f => f.Currency is not null && f.Start >= sentence.Start && f.Start < sentence.End);
        if (same.Currency is not null)
        {
            return same.Currency;
        }
        // Else the article's own currency: the latest one before, or the first one after.
        return found.LastOrDefault(f => f.Currency is not null && f.Start < at).Currency
            ?? found.FirstOrDefault(f => f.Currency is not null).Currency;
    }

    private static decimal? Number(Match m, FrenchLexicon lexicon)
    {
        if (m.Groups["spelled"].Success)
        {
            return lexicon.NumberWords[m.Groups["spelled"].Value.ToLowerInvariant()];
        }
        var raw = m.Groups["num"].Value;
        // "2.5 milliards": a point before one or two digits is an English decimal point, not a thousands separator.
        var digits = EnglishDecimal.IsMatch(raw) ? raw : raw.Replace(" ", "").Replace(".", "").Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>The bare first bound of a range right before an amount: "de 40 à", "entre 40 et" (folded offsets).</summary>
    private static (int Index, int Length, decimal Value)? RangeStart(string folded, int amountStart)
    {
        var from = Math.Max(0, amountStart - 24);
        var m = RangeOpening.Value.Match(folded[from..amountStart]);
        return m.Success
            ? (from + m.Groups["low"].Index, m.Groups["low"].Length, decimal.Parse(m.Groups["low"].Value.Replace(',', '.'), CultureInfo.InvariantCulture))
            : null;
    }

    // "de 40 à ", "entre 40 et ": the opening word and the link of each range form, from money.json.
    private static readonly Lazy<Regex> RangeOpening = new(() => new Regex(
        @"(?<!\w)(?:" + string.Join("|", FrenchLexicon.Instance.RangeForms.Select(f => Regex.Escape(f.Opening) + @" (?<low>\d+(?:,\d+)?) " + Regex.Escape(f.Link)))
            + @") $",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static readonly Regex EnglishDecimal = new(@"^\d+\.\d{1,2}$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static string Normalise(string s) => Regex.Replace(s.ToLowerInvariant(), @"\s+", " ");

    // 97,4 milliards de dollars | 1 500 milliards | 1,1 Md$ | 300 M€ | 0,42 $ | deux milliards d'euros
    private static Regex Build()
    {
        var lexicon = FrenchLexicon.Instance;
        string Alt(IEnumerable<string> items) => string.Join("|", items.OrderByDescending(x => x.Length).Select(Regex.Escape));
        var scales = Alt(lexicon.Scales.Keys);
        var abbreviations = Alt(lexicon.ScaleAbbreviations.Keys);
        var words = Alt(lexicon.CurrencyWords.Keys).Replace(@"\ ", @"\s+");
        var symbols = Alt(lexicon.CurrencySymbols.Keys);
        var spelled = Alt(lexicon.NumberWords.Keys);
        var number = $@"(?:(?<![\d,.])(?<num>\d{{1,3}}(?:[ .]\d{{3}})+(?:,\d+)?|\d+\.\d{{1,2}}(?!\d)|\d+(?:,\d+)?)|(?<!\w)(?<spelled>(?i:{spelled})))";
        var links = string.Join("|", lexicon.CurrencyLinks.Select(l => Regex.Escape(l) + (l.EndsWith('\'') ? "" : @"\s+")));
        var currency = $@"(?:\s*(?:(?i:{links})?(?<word>(?i:{words}))(?!\w)|(?i:{links})?(?<symbol>{symbols})(?!\w)))";
        // "1000 milliards de paramètres" is a count; "40 milliards de valorisation" is still money.
        var moneyNouns = Alt(lexicon.MoneyNouns);
        return new Regex(
            $@"(?:{number}\s*(?:(?<scale>(?i:{scales}))(?!\w){currency}?(?:(?<unit>)(?=\s+(?i:{links})(?!(?i:{moneyNouns})(?!\w))))?" +
            $@"|(?<abbr>{abbreviations})\s?(?<symbol>[$€])" +
            $@"|{currency.Replace("(?:\\s*", "(?:")}))" +
            // "$22,5 milliards": the symbol before the number.
            $@"|(?<![\w$€])(?<symbol>[$€])\s?{number}(?:\s*(?<scale>(?i:{scales}))(?!\w))?",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
