using AiWatch.Core.Ingestion;

namespace AiWatch.Core.Tests.Ingestion;

public sealed class SimHashIndexTests
{
    [Fact]
    public void Every_hash_within_the_distance_is_found_and_none_beyond()
    {
        var index = new SimHashIndex();
        var random = new Random(7);
        var probe = random.NextInt64(long.MinValue, long.MaxValue);
        // One entry at each distance 0..12 from the probe, with the flipped bits spread over random positions.
        for (var distance = 0; distance <= 12; distance++)
        {
            index.Set(distance + 1, Flip(probe, distance, random));
        }
        for (var id = 100; id < 1100; id++)
        {
            index.Set(id, random.NextInt64(long.MinValue, long.MaxValue));
        }

        var near = index.Near(probe);

        Assert.Equal(Enumerable.Range(0, SimHashIndex.MaxDistance + 1).Select(d => (d + 1, d)), near);
    }

    [Fact]
    public void A_replaced_hash_is_found_under_its_new_value_only()
    {
        var index = new SimHashIndex();
        index.Set(1, 0L);
        index.Set(1, -1L);

        Assert.Empty(index.Near(0L));
        Assert.Equal([(1, 0)], index.Near(-1L));
        Assert.Empty(index.Near(-1L, excludeId: 1));
        Assert.Equal(1, index.Count);
    }

    private static long Flip(long hash, int bits, Random random)
    {
        var positions = Enumerable.Range(0, 64).OrderBy(_ => random.Next()).Take(bits);
        return positions.Aggregate(hash, (h, p) => h ^ (1L << p));
    }
}
