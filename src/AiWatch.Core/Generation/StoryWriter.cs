using AiWatch.Core.Analysis;

namespace AiWatch.Core.Generation;

/// <summary>The words of one article: headline, body paragraphs (lead first) and what they contain.</summary>
public sealed record Story(string KindName, string Title, IReadOnlyList<string> Paragraphs, IReadOnlySet<string> Actors,
    IReadOnlyList<GeneratedAmount> Amounts, IReadOnlyList<GeneratedQuote> Quotes);

/// <summary>
/// Writes the text of one article of a kind: a lead, then paragraphs of the kind's and the shared sentences
/// (each used once), quoted speakers and reported claims, until a drawn length, and a closing line. Each
/// template sentence is used at most once per article, so the article never repeats itself.
/// </summary>
public sealed class StoryWriter(Random random, Cast cast, ActorRegistry registry, GeneratorData data)
{
    private readonly SentenceFiller filler = new(random, cast, registry) { Recording = true };
    private readonly List<GeneratedQuote> quotes = [];
    private ClauseWriter Clauses => clauses ??= new ClauseWriter(random, filler, data.Clauses);
    private ClauseWriter? clauses;

    public Story Write(string kindName, StoryKind kind)
    {
        // The headline is written apart: its names do not make the body's first mention an alias.
        var title = new SentenceFiller(random, cast, registry).Fill(random.Pick(kind.Titles));
        var paragraphs = new List<string> { filler.Fill(random.Pick(kind.Leads)) };
        var (minWords, maxWords) = kindName switch
        {
            "brief" => (300, 420),
            _ => (380, 850),
        };
        var target = random.Next(minWords, maxWords + 1);
        // At most about half of the kind's own sentences: two stories of a kind must not tell it with the same lines.
        var own = random.Shuffled(kind.Sentences).Take(Math.Max(4, kind.Sentences.Count * random.Next(35, 60) / 100)).ToQueue();
        var shared = random.Shuffled(data.Shared.Context);
        var insiderQuotes = random.Shuffled(kind.Quotes);
        var expertQuotes = random.Shuffled(kind.ExpertQuotes);
        var claims = random.Shuffled(data.Shared.ClaimContents);
        var interview = kindName == "interview";
        var words = Words(paragraphs[0]);
        while (words < target)
        {
            var roll = random.Next(100);
            string paragraph;
            if ((interview ? roll < 55 : roll < 22) && insiderQuotes.Count > 0)
            {
                paragraph = Join(Sentence(own, shared), InsiderQuote(insiderQuotes));
            }
            else if (roll < (interview ? 65 : 34) && expertQuotes.Count > 0)
            {
                paragraph = Join(Sentence(own, shared), ExpertQuote(expertQuotes));
            }
            else if (roll < (interview ? 70 : 42) && claims.Count > 0)
            {
                paragraph = Join(Claim(claims.Dequeue()), Sentence(own, shared));
            }
            else
            {
                paragraph = Join(Enumerable.Range(0, random.Next(2, 5)).Select(i => Sentence(own, shared, connect: i > 0)).ToArray());
            }
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
                words += Words(paragraph);
            }
        }
        paragraphs.Add(filler.Fill(random.Pick(data.Shared.Closings)));
        return new Story(kindName, title, paragraphs, filler.Actors, filler.Amounts, quotes);
    }

    /// <summary>
    /// The next sentence: an unused one of the kind's own pool, an unused one of the shared pool, or one assembled
    /// from parts (about half of them, so articles share few lines).
    /// </summary>
    private string Sentence(Queue<string> own, Queue<string> shared, bool connect = false)
    {
        var roll = random.Next(100);
        var pool = roll < 35 && own.Count > 0 ? own : roll < 55 && shared.Count > 0 ? shared : null;
        if (pool is null)
        {
            return Clauses.Write();
        }
        var template = pool.Dequeue();
        // A connector ("Par ailleurs, ") only before a sentence opening on a common word: lower-casing a
        // proper name ("openAI") would be wrong.
        if (connect && template[0] != '{' && random.Next(4) == 0)
        {
            return random.Pick(data.Shared.Connectors) + SentenceFiller.Uncapitalised(filler.Fill(template));
        }
        return filler.Fill(template);
    }

    /// <summary>A quote of the registry person or of a company executive, sometimes followed by a second one ("a-t-il ajouté").</summary>
    private string InsiderQuote(Queue<string> pool)
    {
        var text = pool.Dequeue();
        var registryPerson = random.Next(100) < 65;
        var frame = random.Pick(data.Shared.PersonFrames);
        string name, role;
        if (registryPerson)
        {
            name = filler.Name(cast.Person);
            role = frame.Contains("{Srole}", StringComparison.Ordinal) ? filler.Role(cast.Person) : "";
        }
        else
        {
            name = filler.Name(cast.Executive);
            role = frame.Contains("{Srole}", StringComparison.Ordinal) ? filler.Role(cast.Executive, cast.A) : "";
        }
        var slug = registryPerson ? cast.Person.Slug : null;
        var speaker = registryPerson ? null : cast.Executive.Name;
        var feminine = !registryPerson && cast.Executive.Feminine;
        var first = Quote(frame, text, name, role, slug, speaker);
        if (pool.Count == 0 || random.Next(3) > 0)
        {
            return first;
        }
        return first + " " + Quote(random.Pick(data.Shared.PronounFrames).Replace("{il}", feminine ? "elle" : "il"), pool.Dequeue(), name, role, slug, speaker);
    }

    private string ExpertQuote(Queue<string> pool)
    {
        var frame = random.Pick(data.Shared.ExpertFrames);
        return Quote(frame, pool.Dequeue(), filler.Name(cast.Expert), cast.Expert.Role, null, cast.Expert.Name);
    }

    private string Quote(string frame, string template, string name, string role, string? slug, string? speakerName)
    {
        var text = filler.Fill(template);
        var quoted = frame.Contains("{lq}", StringComparison.Ordinal) ? SentenceFiller.Uncapitalised(text) : text;
        quotes.Add(new GeneratedQuote(quoted, slug, speakerName));
        return SentenceFiller.Capitalised(frame
            .Replace("{q}", quoted).Replace("{lq}", quoted)
            .Replace("{S}", name).Replace("{Srole}", role));
    }

    /// <summary>"Musk affirme que …" or "Selon OpenAI, …": what an actor says, reported without guillemets.</summary>
    private string Claim(string content) =>
        filler.Fill(random.Pick(data.Shared.Claims).Replace("{S}", random.Next(2) == 0 ? "{P}" : "{A}").Replace("{claim}", content));

    private static string Join(params string[] sentences) => string.Join(" ", sentences.Where(s => s.Length > 0));

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
