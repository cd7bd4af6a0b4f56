using System.Net;
using Microsoft.Extensions.Options;

namespace AiWatch.Web.Hosting;

/// <summary>
/// Which reverse proxies may tell the app the client's address, scheme and host (X-Forwarded-For, -Proto, -Host),
/// bound from "AiWatch:Proxy". The loopback addresses are always trusted (a proxy on the same machine); anything
/// else must be listed, or its X-Forwarded-* headers are ignored and the connection's own address is the client's.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "AiWatch:Proxy";

    /// <summary>Addresses of trusted proxies, "10.0.0.5" or "2001:db8::5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies deep the X-Forwarded-For chain is read (1: one proxy in front of the app).</summary>
    public int ForwardLimit { get; set; } = 1;
}

public sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = new List<string>();
        failures.AddRange(options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"AiWatch:Proxy:KnownProxies: '{p}' is not an IP address."));
        failures.AddRange(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => $"AiWatch:Proxy:KnownNetworks: '{n}' is not a network in CIDR notation (10.0.0.0/24)."));
        if (options.ForwardLimit is < 1 or > 10)
        {
            failures.Add($"AiWatch:Proxy:ForwardLimit must be between 1 and 10 (got {options.ForwardLimit}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
