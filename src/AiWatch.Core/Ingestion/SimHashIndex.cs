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
    private const int ValuesPerBand = 1 << BandBits;

    // Bucket (band, value) at band * ValuesPerBand + value, each entry with its hash: a lookup reads candidates
    // straight from the bucket (no dictionary lookup, no set of those already seen), since text written from a
    // common template makes some buckets hold thousands of entries.
    private readonly List<(int Id, long Hash)>?[] buckets = new List<(int Id, long Hash)>?[Bands * ValuesPerBand];
    private readonly Dictionary<int, long> hashes = new();

    public int Count => hashes.Count;

    /// <summary>Adds or replaces the hash of entry <paramref name="id"/> (a revised article gets a new hash).</summary>
    public void Set(int id, long hash)
    {
        if (hashes.TryGetValue(id, out var old))
        {
            for (var band = 0; band < Bands; band++)
            {
                buckets[Bucket(old, band)]!.RemoveAll(entry => entry.Id == id);
            }
        }
        hashes[id] = hash;
        for (var band = 0; band < Bands; band++)
        {
            (buckets[Bucket(hash, band)] ??= []).Add((id, hash));
        }
    }

    /// <summary>Entries within <see cref="MaxDistance"/> bits of <paramref name="hash"/>, nearest first, then by id.</summary>
    public IReadOnlyList<(int Id, int Distance)> Near(long hash, int? excludeId = null)
    {
        var found = new List<(int Id, int Distance)>();
        for (var band = 0; band < Bands; band++)
        {
            if (buckets[Bucket(hash, band)] is not { } list)
            {
                continue;
            }
            foreach (var (id, stored) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list))
            {
                // An entry close enough shares several bands: it is kept once.
                if (id != excludeId && SimHash.Distance(hash, stored) is var distance and <= MaxDistance && !found.Exists(f => f.Id == id))
                {
                    found.Add((id, distance));
                }
            }
        }
        return found.OrderBy(f => f.Distance).ThenBy(f => f.Id).ToList();
    }

    private static int Bucket(long hash, int band) =>
        band * ValuesPerBand + (int)((unchecked((ulong)hash) >> (band * BandBits)) & (ValuesPerBand - 1));
}
