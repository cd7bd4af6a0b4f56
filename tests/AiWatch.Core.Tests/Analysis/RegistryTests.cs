using AiWatch.Core.Analysis;

namespace AiWatch.Core.Tests.Analysis;

public sealed class RegistryTests
{
    [Fact]
    public void SeedRegistryLoadsWithEpithetsAndAffiliations()
    {
        var registry = TestRegistry.Registry;
        Assert.Equal(24, registry.Actors.Count);
        Assert.Contains("Masa Son", registry.Find("masayoshi-son")!.Aliases);
        Assert.Contains("la firme de Redmond", registry.Find("microsoft")!.Epithets);
        Assert.Equal("softbank", registry.Find("masayoshi-son")!.Affiliations.Single().Organisation);
        Assert.All(registry.Actors.SelectMany(a => a.Affiliations), f => Assert.NotNull(registry.Find(f.Organisation)));
    }

    [Fact]
    public void RegistryRoundTripsThroughJson()
    {
        var again = ActorRegistry.Parse(TestRegistry.Registry.ToJson());
        Assert.Equal(TestRegistry.Registry.Actors.Select(a => a.Slug), again.Actors.Select(a => a.Slug));
        Assert.Equal(TestRegistry.Registry.Find("oracle")!.Epithets, again.Find("oracle")!.Epithets);
    }
}
