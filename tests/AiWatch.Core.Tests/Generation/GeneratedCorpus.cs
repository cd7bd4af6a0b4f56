using AiWatch.Core.Analysis;
using AiWatch.Core.Extraction;
using AiWatch.Core.Generation;
using AiWatch.Core.Tests.Analysis;

namespace AiWatch.Core.Tests.Generation;

/// <summary>One generated article with what the extractor and the analyser made of it.</summary>
public sealed record ReadBack(GeneratedArticle Article, ExtractedArticle Extracted, AnalysisResult Analysis);

/// <summary>A sample of generated articles run through extraction and analysis once, shared by the realism tests.</summary>
public sealed class GeneratedCorpus
{
    public const int Seed = 20260521;
    public const int Size = 200;

    private static readonly Lazy<IReadOnlyList<ReadBack>> Lazy = new(() =>
    {
        var generator = new ArticleGenerator(TestRegistry.Registry);
        return Enumerable.Range(0, Size).AsParallel().AsOrdered().Select(i =>
        {
            var article = generator.Generate(Seed, i);
            var document = new RawDocument(DocumentFiles.IdOf(article.RelativePath), "file:///gen/" + article.RelativePath.Replace('\\', '/'),
                article.IsHtml ? "text/html" : "text/plain", article.Content);
            var extracted = ContentExtractor.Extract(document);
            return new ReadBack(article, extracted, TestRegistry.Analyzer.Analyze(extracted.Text, extracted.Published));
        }).ToList();
    });

    public static IReadOnlyList<ReadBack> Articles => Lazy.Value;
}
