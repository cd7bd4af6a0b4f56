using System.Text;
using AiWatch.Core.Analysis;
using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Hostile;

/// <summary>
/// Text shaped to hurt the analyser's regular expressions and loops. Each must finish without an exception;
/// the timeout only turns a hang into a failure (it is generous, and no test asserts a duration).
/// </summary>
public sealed class PathologicalTextTests
{
    private const int HangGuard = 300_000;

    private static readonly Lazy<ArticleAnalyzer> Analyzer = new(() => new ArticleAnalyzer(ActorRegistry.Load(RepositoryFiles.ActorsJson)));

    private static Task<AnalysisResult> AnalyzeAsync(string text) =>
        Task.Run(() => Analyzer.Value.Analyze(text, new DateOnly(2026, 11, 21)));

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();

    [Fact(Timeout = HangGuard)]
    public async Task A_one_megabyte_sentence_without_a_full_stop()
    {
        var text = Repeat("Nvidia et OpenAI discutent d'un accord de 5 milliards de dollars, selon Sam Altman, ", 12_500)[..(1024 * 1024)];

        var result = await AnalyzeAsync(text);

        Assert.Contains(result.Mentions, m => m.Slug == "nvidia");
    }

    [Fact]
    public void A_run_without_a_sentence_end_is_cut_at_a_space_and_keeps_its_length()
    {
        var text = "Début. " + Repeat("mot ", 600) + "fin.";

        var bounded = LongSentences.Bound(text);

        Assert.Equal(text.Length, bounded.Length);
        Assert.Equal(2, bounded.Count(c => c == '\n'));
        Assert.All(bounded.Split('\n', '.'), run => Assert.True(run.Length <= LongSentences.MaxLength, $"{run.Length}"));
        Assert.Equal(text, bounded.Replace('\n', ' '));
        var ordinary = "Une phrase courte. " + Repeat("mot ", 240) + "fin.";
        Assert.Same(ordinary, LongSentences.Bound(ordinary));
    }

    [Fact(Timeout = HangGuard)]
    public async Task A_hundred_thousand_opening_guillemets()
    {
        var result = await AnalyzeAsync("Sam Altman a déclaré : " + Repeat("« ", 100_000) + "fin.");

        Assert.NotNull(result);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Ten_thousand_guillemets_in_balanced_quotes_on_one_line()
    {
        var result = await AnalyzeAsync(Repeat("« Nous voulons accélérer en Europe », a déclaré Sam Altman. ", 5_000));

        Assert.NotEmpty(result.Quotes);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Parentheses_nested_ten_thousand_deep()
    {
        var result = await AnalyzeAsync("Nvidia " + Repeat("(OpenAI ", 10_000) + "Mistral" + Repeat(")", 10_000) + " a annoncé un accord.");

        Assert.Contains(result.Mentions, m => m.Slug == "nvidia");
    }

    [Fact(Timeout = HangGuard)]
    public async Task Ten_thousand_actor_mentions()
    {
        var result = await AnalyzeAsync(Repeat("Nvidia, OpenAI, Microsoft et Mistral AI ont signé. ", 2_500));

        Assert.True(result.Mentions.Count >= 10_000, $"{result.Mentions.Count} mentions");
    }
}
