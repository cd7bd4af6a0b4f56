namespace AiWatch.Core.Ingestion;

/// <summary>
/// One spelling per article URL: lower-case scheme and host, no default port, no fragment,
/// no tracking parameters (utm_*, fbclid…), remaining parameters sorted.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "xtor", "at_medium", "at_campaign", "ref", "ref_src", "cmpid",
    };

    public static string Canonicalize(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url.Trim();
        }
        if (uri.IsFile)
        {
            return uri.AbsoluteUri;
        }
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=')[0]))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var builder = new UriBuilder(uri)
        {
            Scheme = uri.Scheme.ToLowerInvariant(),
            Host = uri.Host.ToLowerInvariant(),
            Fragment = "",
            Query = query.Count == 0 ? "" : string.Join("&", query),
        };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }
        return builder.Uri.AbsoluteUri;
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
