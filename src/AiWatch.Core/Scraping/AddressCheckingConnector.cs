using System.Net;
using System.Net.Sockets;

namespace AiWatch.Core.Scraping;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the fetching client: resolves the host itself, refuses
/// it if any address is not public, then connects to exactly the addresses it checked. Resolving once and
/// connecting to the result is what stops DNS rebinding (a second lookup answering 127.0.0.1).
/// </summary>
public static class AddressCheckingConnector
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(bool allowPrivateNetworks) =>
        (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivateNetworks, ct);

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivateNetworks, CancellationToken ct)
    {
        var host = endPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (!allowPrivateNetworks)
        {
            CheckPublic(host, addresses);
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// All addresses must be public: a name answering one public and one private address is the usual shape of
    /// a rebinding attempt, and the socket could pick either.
    /// </summary>
    public static void CheckPublic(string host, IReadOnlyList<IPAddress> addresses)
    {
        if (addresses.Count == 0)
        {
            throw new FetchException($"refused: {host} resolves to no address") { Kind = FetchFailure.Refused };
        }
        foreach (var address in addresses)
        {
            if (AddressPolicy.NonPublicKind(address) is { } kind)
            {
                throw new FetchException($"refused: {host} resolves to a private address ({address}, {kind}); private networks are not fetched") { Kind = FetchFailure.Refused };
            }
        }
    }
}
