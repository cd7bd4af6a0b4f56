using System.Text;
using System.Text.RegularExpressions;

namespace AiWatch.Core.Extraction;

/// <summary>
/// Decodes an HTML page: BOM, then the HTTP Content-Type charset, then &lt;meta charset&gt; /
/// &lt;meta http-equiv&gt; in the first bytes, then UTF-8 with a windows-1252 fallback.
/// </summary>
public static partial class HtmlDecoding
{
    // <meta charset="iso-8859-1"> or <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentTypeHeader)
    {
        if (HasBom(bytes))
        {
            return TextDecoding.Decode(bytes);
        }
        var declared = CharsetFrom(HeaderCharset(), contentTypeHeader)
            ?? CharsetFrom(MetaCharset(), Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]));
        var encoding = declared is null ? null : TryGetEncoding(declared);
        // A page declaring UTF-8 that is not valid UTF-8 is decoded as windows-1252 by TextDecoding.
        return encoding is null || encoding.CodePage is Utf8CodePage
            ? TextDecoding.Decode(bytes)
            : encoding.GetString(bytes);
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static string? CharsetFrom(Regex pattern, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var match = pattern.Match(text);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private const int Utf8CodePage = 65001;

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            return encoding.CodePage switch
            {
                // Browsers read latin-1 and ASCII labels as windows-1252 (WHATWG encoding standard).
                28591 or 20127 => Encoding.GetEncoding(1252),
                // A UTF-16/32 label without a BOM is a lie (the label itself was readable as ASCII): UTF-8.
                1200 or 1201 or 12000 or 12001 => Encoding.UTF8,
                _ => encoding,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
