using System.Text;
using System.Text.RegularExpressions;

namespace AiWatch.Core.Scraping;

/// <summary>
/// robots.txt as RFC 9309 reads it: the groups naming our product token (else the "*" groups) are merged; the
/// longest matching Allow/Disallow pattern decides, Allow winning a tie; "*" matches any run of characters and a
/// final "$" anchors the end. Pure: text in, rules out.
/// </summary>
public static class RobotsTxt
{
    public static RobotsRules Parse(string content, string productToken)
    {
        var groups = ReadGroups(content);
        var ours = groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        var chosen = ours.Count > 0 ? ours : groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(chosen.SelectMany(g => g.Rules).ToList());
    }

    private sealed record Group(List<string> Agents, List<RobotsRule> Rules);

    private static List<Group> ReadGroups(string content)
    {
        var groups = new List<Group>();
        Group? current = null;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                // Consecutive user-agent lines share one group; one after rules starts the next group.
                if (current is null || current.Rules.Count > 0)
                {
                    current = new Group([], []);
                    groups.Add(current);
                }
                // "AiWatch/1.0" in a robots.txt names the product "AiWatch".
                current.Agents.Add(value.Split(['/', ' '], 2)[0]);
            }
            else if (key is "allow" or "disallow" && current is not null)
            {
                // "Disallow:" with no path allows everything; it still closes the run of user-agent lines.
                current.Rules.Add(value.Length > 0 ? new RobotsRule(key == "allow", value) : new RobotsRule(true, ""));
            }
        }
        return groups;
    }
}

/// <summary>One Allow or Disallow line of the group that applies to us.</summary>
public sealed record RobotsRule(bool Allow, string Pattern)
{
    private readonly Regex? regex = Pattern.Length == 0 ? null : Compile(Pattern);

    /// <summary>Null when the rule does not match, else its length (the longer match is the more specific rule).</summary>
    public int? MatchLength(string pathAndQuery) => regex is null || !regex.IsMatch(pathAndQuery) ? null : Pattern.Length;

    private static Regex Compile(string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var body = Regex.Escape(RobotsRules.NormalizeEscapes(anchored ? pattern[..^1] : pattern)).Replace(@"\*", ".*");
        // Non-backtracking: a pattern full of "*" from a hostile robots.txt costs linear time, not exponential.
        return new Regex("^" + body + (anchored ? "$" : ""), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}

/// <summary>The rules applying to our crawler on one host.</summary>
public sealed class RobotsRules(IReadOnlyList<RobotsRule> rules, string? unavailableReason = null)
{
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>
    /// RFC 9309: a robots.txt that cannot be read because of a server or network error means the whole site is
    /// disallowed, for now. <paramref name="reason"/> says what went wrong ("HTTP 503 Service Unavailable").
    /// </summary>
    public static RobotsRules Unavailable(string reason) => new([new RobotsRule(false, "/")], reason);

    public IReadOnlyList<RobotsRule> Rules => rules;

    /// <summary>Null when robots.txt was read (or is absent); else why it could not be.</summary>
    public string? UnavailableReason => unavailableReason;

    /// <summary><paramref name="pathAndQuery"/> as in a request line: "/actu/ia?page=2".</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        var path = NormalizeEscapes(pathAndQuery.Length == 0 ? "/" : pathAndQuery);
        if (path == "/robots.txt")
        {
            return true;
        }
        var best = (Length: -1, Allow: true);
        foreach (var rule in rules)
        {
            if (rule.MatchLength(path) is { } length && (length > best.Length || (length == best.Length && rule.Allow)))
            {
                best = (length, rule.Allow);
            }
        }
        return best.Allow;
    }

    /// <summary>
    /// Percent-escapes compared in upper case, and non-ASCII characters written as UTF-8 escapes, so
    /// "/café", "/caf%c3%a9" and "/caf%C3%A9" are the same path on both sides of the match.
    /// </summary>
    internal static string NormalizeEscapes(string path)
    {
        var builder = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                i += 2;
            }
            else if (c > 0x7F)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < path.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(path.Substring(i, length)))
                {
                    builder.Append('%').Append(b.ToString("X2"));
                }
                i += length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
