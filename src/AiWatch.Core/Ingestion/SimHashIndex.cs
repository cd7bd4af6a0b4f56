namespace AiWatch.Core.Ingestion;

/// <summary>
/// Finds stored hashes within <see cref="MaxDistance"/> bits of a new one without comparing against all of them.
/// The 64 bits are cut into <see cref="Bands"/> bands of 8 bits; two hashes at most 7 bits apart agree on at least
/// one whole band (pigeonhole), so only the entries sharing a band value are candidates, and each candidate is
/// then checked exactly. With random hashes each band matches 1/256 of the entries, so a lookup touches about
/// 8/256 of the corpus instead of all of it, and never misses a true match.
/// </summary>
public sealed class SimHashIndex
{
    /// <summary>
    /// Most differing bits for two texts to count as copies of one story. Measured on a 360-word French article
    /// (tests/…/Ingestion/testdata): one edited word 3 bits, a copy with another title, a byline and an edited
    /// figure 5, one paragraph dropped 5 to 10; another article on the same subject 29, the five seeds between
    /// each other 27 to 38. Seven keeps a wide margin against merging different stories (a random pair is this
    /// close with odds of about 1e-11), at the cost of missing copies cut by a tenth or more.
    /// </summary>
    public const int MaxDistance = 7;

    /// <summary>One more band than <see cref="MaxDistance"/>, which is what the pigeonhole argument needs.</summary>
    public const int Bands = MaxDistance + 1;

    private const int BandBits = 64 / Bands;

    private readonly Dictionary<(int Band, int Value), List<int>> buckets = new();
    private readonly Dictionary<int, long> hashes = new();

    public int Count => hashes.Count;

    /// <summary>Adds or replaces the hash of entry <paramref name="id"/> (a revised article gets a new hash).</summary>
    public void Set(int id, long hash)
    {
        if (hashes.TryGetValue(id, out var old))
        {
            foreach (var key in Keys(old))
            {
                buckets[key].Remove(id);
            }
        }
        hashes[id] = hash;
        foreach (var key in Keys(hash))
        {
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = new List<int>();
            }
            list.Add(id);
        }
    }

    /// <summary>Entries within <see cref="MaxDistance"/> bits of <paramref name="hash"/>, nearest first, then by id.</summary>
    public IReadOnlyList<(int Id, int Distance)> Near(long hash, int? excludeId = null)
    {
        var seen = new HashSet<int>();
        var found = new List<(int Id, int Distance)>();
        foreach (var key in Keys(hash))
        {
            if (!buckets.TryGetValue(key, out var list))
            {
                continue;
            }
            foreach (var id in list)
            {
                if (id != excludeId && seen.Add(id) && SimHash.Distance(hash, hashes[id]) is var distance and <= MaxDistance)
                {
                    found.Add((id, distance));
                }
            }
        }
        return found.OrderBy(f => f.Distance).ThenBy(f => f.Id).ToList();
    }

    private static IEnumerable<(int Band, int Value)> Keys(long hash)
    {
        var bits = unchecked((ulong)hash);
        for (var band = 0; band < Bands; band++)
        {
            yield return (band, (int)((bits >> (band * BandBits)) & ((1UL << BandBits) - 1)));
        }
    }
}
