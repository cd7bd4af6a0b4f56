namespace AiWatch.Core.Generation;

/// <summary>
/// One generated page or text file: where it goes under the output folder ("000/000123.html"), its content, and
/// what the generator wrote into it.
/// </summary>
public sealed record GeneratedArticle(string RelativePath, string Content, ArticleTruth Truth)
{
    public bool IsHtml => RelativePath.EndsWith(".html", StringComparison.Ordinal);
}

/// <summary>
/// What an article says, as the generator wrote it: the measure an extractor and an analyser are checked against.
/// <see cref="Paragraphs"/> are the body (lead included) without furniture; the actors, amounts and quotes are
/// those of the body, not of the headline or the page around it.
/// </summary>
public sealed record ArticleTruth(
    string Kind,
    string Title,
    string Author,
    DateOnly Published,
    IReadOnlyList<string> Paragraphs,
    IReadOnlySet<string> Actors,
    IReadOnlyList<GeneratedAmount> Amounts,
    IReadOnlyList<GeneratedQuote> Quotes);

/// <summary>A money amount as written ("1,5 milliard d’euros") and what it means (1500000000, "EUR").</summary>
public sealed record GeneratedAmount(decimal Value, string Currency, string Text);

/// <summary>Quoted words (without guillemets) and who said them: a registry slug, or the name of someone outside it.</summary>
public sealed record GeneratedQuote(string Text, string? SpeakerSlug, string? SpeakerName);
