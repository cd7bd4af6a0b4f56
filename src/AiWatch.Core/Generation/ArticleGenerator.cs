using System.Globalization;
using AiWatch.Core.Analysis;

namespace AiWatch.Core.Generation;

/// <summary>
/// Deterministic generator of French tech-press articles about the registry's actors. Pure: article
/// <c>i</c> of seed <c>s</c> depends only on (s, i) and the registry (its own <see cref="Random"/>, no clock), so
/// it is the same whatever the count, and articles can be generated in any order or in parallel.
/// </summary>
public sealed class ArticleGenerator
{
    /// <summary>Files per subfolder of the output ("000/000123.html"), so a folder of 100,000 stays usable.</summary>
    public const int FilesPerFolder = 1000;

    /// <summary>Share of articles written as plain-text copies rather than HTML pages, in percent.</summary>
    public const int TextPercent = 15;

    private readonly ActorRegistry registry;
    private readonly GeneratorData data = GeneratorData.Instance;
    private readonly int totalWeight;

    public ArticleGenerator(ActorRegistry registry)
    {
        // A story needs three organisations (A, B, C) and a person to quote.
        if (registry.Actors.Count(a => !a.IsPerson) < 3 || !registry.Actors.Any(a => a.IsPerson))
        {
            throw new InvalidDataException("the generator needs an actor registry with at least three organisations and one person");
        }
        this.registry = registry;
        totalWeight = data.Kinds.Sum(k => k.Kind.Weight);
    }

    public GeneratedArticle Generate(int seed, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = new Random(ArticleSeed(seed, index));
        var (kindName, kind) = PickKind(random);
        var cast = Cast.Draw(random, registry, kind, data);
        var story = new StoryWriter(random, cast, registry, data).Write(kindName, kind);
        var page = PageFacts.Draw(random, data, cast, story.Title, index);
        var html = random.Next(100) >= TextPercent;
        var content = html
            ? HtmlPage.Render(story, cast, page, random, data.Page)
            : TextPage.Render(story, cast, page, random, data.Page);
        var truth = new ArticleTruth(kindName, story.Title, page.Author, cast.Published, story.Paragraphs, story.Actors, story.Amounts, story.Quotes);
        return new GeneratedArticle(RelativePath(index, html), content, truth);
    }

    /// <summary>
    /// The seed of one article: a permutation of the 31-bit seeds, keyed by <paramref name="seed"/>, applied to
    /// <paramref name="index"/>. Every step (adding the key, xor-shifting, multiplying by an odd number, all modulo
    /// 2^31) can be undone, so two indexes never share a seed: hashing (seed, index) down to 31 bits instead would
    /// give about two identical articles in 100,000 (birthday collisions). Neighbouring indexes still get unrelated
    /// seeds (new Random(n) and new Random(n + 1) start alike).
    /// </summary>
    public static int ArticleSeed(int seed, int index)
    {
        const uint Mask = int.MaxValue;
        var key = unchecked((uint)seed * 0x9E3779B9u);
        var x = unchecked((uint)index + key) & Mask;
        for (var round = 0; round < 3; round++)
        {
            x ^= x >> 15;
            x = unchecked(x * 0x2C1B3C6Du) & Mask;
            x ^= (x >> 12) ^ (key & 0x7F);
        }
        return (int)x;
    }

    /// <summary>"000/000123.html": the article's path under the output folder.</summary>
    public static string RelativePath(int index, bool html) =>
        Path.Combine((index / FilesPerFolder).ToString("D3", CultureInfo.InvariantCulture),
            index.ToString("D6", CultureInfo.InvariantCulture) + (html ? ".html" : ".txt"));

    private (string Name, StoryKind Kind) PickKind(Random random)
    {
        var roll = random.Next(totalWeight);
        foreach (var kind in data.Kinds)
        {
            roll -= kind.Kind.Weight;
            if (roll < 0)
            {
                return kind;
            }
        }
        return data.Kinds[^1];
    }
}
