using System.Buffers;
using System.Text;

namespace AiWatch.Core.Extraction;

/// <summary>
/// Bytes to text: BOM first, then UTF-16 recognised by its zero bytes, then UTF-8 when valid (or nearly so),
/// windows-1252 otherwise, so French accents survive.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // UTF-16 is guessed from this many leading bytes.
    private const int SniffLength = 4096;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return utf16.GetString(bytes);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // A UTF-8 file with a few broken bytes keeps its accents (the broken bytes become U+FFFD); a
            // windows-1252 file almost never forms valid multi-byte sequences, so it is read as windows-1252.
            return MostlyUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>
    /// Latin-script text in UTF-16 has a zero in every other byte (the high byte of ASCII and Latin-1 characters):
    /// at odd offsets for little-endian, even ones for big-endian. Binary data does not show that pattern.
    /// </summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (sample.Length < 4 || sample.Length % 2 != 0)
        {
            return null;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
            }
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 7 / 10 && evenZeros == 0)
        {
            return Encoding.Unicode;
        }
        return evenZeros > pairs * 7 / 10 && oddZeros == 0 ? Encoding.BigEndianUnicode : null;
    }

    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done && consumed > 1)
            {
                multiByte++;
            }
            else if (status != OperationStatus.Done)
            {
                invalid++;
            }
            bytes = bytes[consumed..];
        }
        return multiByte > invalid;
    }
}
