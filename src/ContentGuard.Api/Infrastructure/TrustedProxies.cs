using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace ContentGuard.Api.Infrastructure;

/// <summary>Turns <see cref="ApiOptions.TrustedProxies"/> into the forwarded-headers settings.</summary>
internal static class TrustedProxies
{
    /// <summary>Parses an IP address or a CIDR network.</summary>
    public static bool TryParse(string value, out IPNetwork network)
    {
        value = value.Trim();
        if (IPAddress.TryParse(value, out var address))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return IPNetwork.TryParse(value, out network);
    }

    public static void Configure(ForwardedHeadersOptions forwarded, ApiOptions api)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in api.TrustedProxies)
        {
            if (TryParse(entry, out var network))
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        }
    }
}
