using System.Net;
using AiWatch.Core.Scraping;

namespace AiWatch.Core.Tests.Scraping;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.255", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("0.1.2.3", "unspecified")]
    [InlineData("192.0.0.8", "reserved")]
    [InlineData("198.18.0.1", "benchmarking")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fc00::1", "private")]
    [InlineData("fd12:3456:789a::1", "private")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("febf::1", "link-local")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("::ffff:10.1.2.3", "private")]
    [InlineData("::10.1.2.3", "private")]
    [InlineData("64:ff9b::192.168.0.1", "private")]
    [InlineData("2002:7f00:0001::", "loopback")]
    public void Non_public_addresses_are_named(string address, string kind)
    {
        Assert.Equal(kind, AddressPolicy.NonPublicKind(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2a00:1450:4007:80f::200e")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("64:ff9b::8.8.8.8")]
    [InlineData("2002:5db8:d822::")]
    public void Public_addresses_pass(string address)
    {
        Assert.Null(AddressPolicy.NonPublicKind(IPAddress.Parse(address)));
    }

    [Fact]
    public void A_name_answering_one_public_and_one_private_address_is_refused()
    {
        var error = Assert.Throws<FetchException>(() =>
            AddressCheckingConnector.CheckPublic("rebind.example", [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("127.0.0.1")]));

        Assert.Equal("refused: rebind.example resolves to a private address (127.0.0.1, loopback); private networks are not fetched", error.Message);
        Assert.Equal(FetchFailure.Refused, error.Kind);
    }

    [Fact]
    public void A_name_answering_only_public_addresses_passes()
    {
        AddressCheckingConnector.CheckPublic("exemple.fr", [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("2a00:1450:4007:80f::200e")]);
    }
}
