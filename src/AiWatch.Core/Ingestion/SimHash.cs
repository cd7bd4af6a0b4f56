using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using AiWatch.Core.Analysis.French;

namespace AiWatch.Core.Ingestion;

/// <summary>
/// 64-bit SimHash (Charikar) of a text's 3-word shingles: near-identical texts get hashes a few bits apart,
/// unrelated texts about 32 bits apart. Words are lower-cased and accent-folded so "Général"/"general" and a
/// typographic fix do not count as changes. Shingles are hashed with FNV-1a 64, which is stable across
/// processes and machines (string.GetHashCode is randomised per process and would make stored hashes useless).
/// </summary>
public static partial class SimHash
{
    /// <summary>Words per shingle: three keeps word order without one edit changing too many shingles.</summary>
    public const int ShingleSize = 3;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The SimHash of <paramref name="text"/>; 0 when it has no word.</summary>
    public static long Compute(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return 0;
        }
        // Per bit, how many shingle hashes have it set; a bit of the SimHash is set when most shingles set it.
        // Counted without a branch: a coin-flip branch per bit and shingle mispredicts half the time.
        Span<int> ones = stackalloc int[64];
        // Each word encoded once; a shingle's hash is FNV-1a over "w1 w2 w3" without building the string.
        var encoded = words.Select(Encoding.UTF8.GetBytes).ToArray();
        var shingleCount = Math.Max(1, words.Count - ShingleSize + 1);
        for (var i = 0; i < shingleCount; i++)
        {
            var hash = Fnv1a64(encoded.AsSpan(i, Math.Min(ShingleSize, words.Count - i)));
            for (var bit = 0; bit < 64; bit++)
            {
                ones[bit] += (int)((hash >> bit) & 1);
            }
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (2 * ones[bit] > shingleCount)
            {
                result |= 1UL << bit;
            }
        }
        return unchecked((long)result);
    }

    /// <summary>Number of differing bits between two hashes (0 to 64).</summary>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    /// <summary>FNV-1a over the UTF-8 bytes of <paramref name="value"/>.</summary>
    public static ulong Fnv1a64(string value) => Append(FnvOffset, Encoding.UTF8.GetBytes(value));

    /// <summary>FNV-1a over encoded words joined by single spaces, as <see cref="Fnv1a64(string)"/> of the joined string.</summary>
    private static ulong Fnv1a64(ReadOnlySpan<byte[]> words)
    {
        var hash = FnvOffset;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                hash = Append(hash, " "u8);
            }
            hash = Append(hash, words[i]);
        }
        return hash;
    }

    private static ulong Append(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= FnvPrime;
        }
        return hash;
    }

    /// <summary>Lower-case, accent-folded words (letters and digits); punctuation and spacing do not matter.</summary>
    public static List<string> Words(string text) =>
        WordPattern().Matches(FrenchText.Fold(text).ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
