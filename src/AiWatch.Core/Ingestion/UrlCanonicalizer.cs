namespace AiWatch.Core.Ingestion;

/// <summary>
/// One spelling per article URL, so the same article reached through a feed, a share link or a newsletter is
/// recognised: lower-case scheme and host, no default port, no fragment, no tracking parameters, remaining
/// parameters sorted. The path is kept exactly as given, trailing slash included: "/a" and "/a/" may be two
/// pages on some servers, and a wrong merge loses an article while a missed one only stores a duplicate
/// that the text hash catches anyway. Only an empty path becomes "/".
/// </summary>
public static class UrlCanonicalizer
{
    // Parameters that say how a reader arrived, never which page: ad-click ids, newsletter and social ids,
    // French press analytics (AT Internet "xtor" and "at_*", Le Monde "lmd_*").
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "li_fat_id", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "xtor", "xts", "xtref", "ref", "ref_src", "ref_url",
        "cmpid", "ocid", "ito", "echobox", "smid", "sref", "ncid", "at_xtor", "vero_id", "oly_anon_id", "oly_enc_id",
    };

    // Whole families: utm_source, at_medium, pk_campaign, mtm_kwd, lmd_medium, ns_campaign, hsa_acc…
    private static readonly string[] TrackingPrefixes = ["utm_", "at_", "pk_", "mtm_", "lmd_", "ns_", "hsa_", "_branch"];

    /// <summary>The canonical form of <paramref name="url"/>; anything that is not an absolute URL comes back trimmed.</summary>
    public static string Canonicalize(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
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
            Host = uri.Host.ToLowerInvariant().TrimEnd('.'),
            Fragment = "",
            Query = query.Count == 0 ? "" : string.Join("&", query),
        };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }
        return builder.Uri.AbsoluteUri;
    }

    /// <summary>True for a query parameter name that only tracks the visit (<c>utm_source</c>, <c>fbclid</c>, <c>xtor</c>…).</summary>
    public static bool IsTracking(string name) =>
        TrackingParameters.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
