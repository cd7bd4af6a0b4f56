using AiWatch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using System.Net;

namespace AiWatch.Web.Tests.Hosting;

public sealed class ProxyOptionsTests
{
    [Fact]
    public void By_default_only_loopback_proxies_are_trusted_one_hop_deep()
    {
        var options = new ProxyOptions();
        var forwarded = new ForwardedHeadersOptions();

        ProxySetup.Trust(forwarded, options);

        Assert.True(new ProxyOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(1, forwarded.ForwardLimit);
        Assert.Equal([IPAddress.IPv6Loopback], forwarded.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("127.0.0.0/8")], forwarded.KnownIPNetworks);
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost, forwarded.ForwardedHeaders);
    }

    [Fact]
    public void Listed_proxies_and_networks_are_trusted_besides_loopback()
    {
        var forwarded = new ForwardedHeadersOptions();

        ProxySetup.Trust(forwarded, new ProxyOptions { KnownProxies = ["10.0.0.5"], KnownNetworks = ["172.18.0.0/16"], ForwardLimit = 2 });

        Assert.Contains(IPAddress.Parse("10.0.0.5"), forwarded.KnownProxies);
        Assert.Contains(System.Net.IPNetwork.Parse("172.18.0.0/16"), forwarded.KnownIPNetworks);
        Assert.Contains(System.Net.IPNetwork.Parse("127.0.0.0/8"), forwarded.KnownIPNetworks);
        Assert.Equal(2, forwarded.ForwardLimit);
    }

    [Theory]
    [InlineData("KnownProxies", "proxy.local", "KnownProxies: 'proxy.local'")]
    [InlineData("KnownNetworks", "10.0.0.0", "KnownNetworks: '10.0.0.0'")]
    [InlineData("KnownNetworks", "10.0.0.0/33", "KnownNetworks: '10.0.0.0/33'")]
    [InlineData("ForwardLimit", "0", "ForwardLimit must be between 1 and 10")]
    public void Bad_values_are_refused_by_name(string name, string value, string expected)
    {
        var options = new ProxyOptions();
        switch (name)
        {
            case "KnownProxies": options.KnownProxies.Add(value); break;
            case "KnownNetworks": options.KnownNetworks.Add(value); break;
            default: options.ForwardLimit = int.Parse(value); break;
        }

        var result = new ProxyOptionsValidator().Validate(null, options);

        Assert.Contains(expected, result.FailureMessage);
    }

    [Theory]
    [InlineData("/aiwatch", true)]
    [InlineData("/outils/aiwatch", true)]
    [InlineData("", true)]
    [InlineData("aiwatch", false)]
    [InlineData("/aiwatch/", false)]
    [InlineData("/", false)]
    [InlineData("//aiwatch", false)]
    [InlineData("/ai watch", false)]
    [InlineData("/aiwatch?x=1", false)]
    public void The_base_path_starts_with_a_slash_and_does_not_end_with_one(string basePath, bool valid)
    {
        var result = new AiWatchOptionsValidator().Validate(null, new AiWatchOptions { BasePath = basePath });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("AiWatch:BasePath", result.FailureMessage);
        }
    }

    [Fact]
    public void A_bad_proxy_setting_stops_the_app_at_start()
    {
        using var app = new EmptyApplication();
        app.Settings["AiWatch:Proxy:KnownNetworks:0"] = "pas-un-réseau";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AiWatch:Proxy:KnownNetworks", error.ToString());
    }
}
