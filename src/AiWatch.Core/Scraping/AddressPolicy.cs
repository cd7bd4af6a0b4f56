using System.Net;
using System.Net.Sockets;

namespace AiWatch.Core.Scraping;

/// <summary>
/// Which IP addresses belong to the public internet. Everything else (the machine itself, the local network,
/// cloud metadata at 169.254.169.254…) is off limits to a fetcher that takes URLs from outside.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Null for a public address, else what kind of non-public address it is ("loopback", "private"…).</summary>
    public static string? NonPublicKind(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } inner)
        {
            // ::ffff:127.0.0.1 and friends reach the IPv4 address they carry.
            return NonPublicKind(inner);
        }
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IPv4Kind(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IPv6Kind(address),
            _ => "not an IP address",
        };
    }

    private static string? IPv4Kind(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "unspecified",
        (127, _) => "loopback",
        (10, _) => "private",
        (172, >= 16 and <= 31) => "private",
        (192, 168) => "private",
        (169, 254) => "link-local",
        (100, >= 64 and <= 127) => "carrier-grade NAT",
        (192, 0) when b[2] == 0 => "reserved",
        (198, 18 or 19) => "benchmarking",
        ( >= 224 and <= 239, _) => "multicast",
        ( >= 240, _) => "reserved",
        _ => null,
    };

    private static string? IPv6Kind(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "loopback";
        }
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }
        return b[0] switch
        {
            0xFC or 0xFD => "private",
            0xFE when (b[1] & 0xC0) == 0x80 => "link-local",
            0xFE when (b[1] & 0xC0) == 0xC0 => "site-local",
            0xFF => "multicast",
            _ => null,
        };
    }

    /// <summary>
    /// The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d)
    /// or 6to4 (2002:aabb:ccdd::) address: each can route to that IPv4 address.
    /// </summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        var b = address.GetAddressBytes();
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback))
        {
            return new IPAddress(b.AsSpan(12, 4));
        }
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return new IPAddress(b.AsSpan(12, 4));
        }
        return b[0] == 0x20 && b[1] == 0x02 ? new IPAddress(b.AsSpan(2, 4)) : null;
    }
}
