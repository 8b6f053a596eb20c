using System.Net;

namespace SegRules.Host.Web;

/// <summary>Reads <c>--urls</c>: each address must be http(s) with a host, and any beyond loopback needs a token.</summary>
public static class ListenAddresses
{
    /// <summary>Why <paramref name="urls"/> cannot be served (with or without <paramref name="hasToken"/>); null when they can.</summary>
    public static string? Problem(string urls, bool hasToken)
    {
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0)
        {
            return "--urls names no address: write e.g. http://127.0.0.1:5080";
        }

        foreach (var address in addresses)
        {
            // Kestrel's wildcards (http://*:80, http://+:80) are not valid URIs; they listen on every address.
            var wildcard = address.Contains("://*", StringComparison.Ordinal) || address.Contains("://+", StringComparison.Ordinal);
            if (!wildcard && (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                return $"--urls '{address}' is not an http address: write e.g. http://127.0.0.1:5080";
            }

            if (!hasToken && (wildcard || !IsLoopback(new Uri(address).Host)))
            {
                return $"refusing to listen on {address} without a token: beyond this machine every request must carry one; give --token T (or SEGRULES_TOKEN), or listen on 127.0.0.1";
            }
        }

        return null;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
