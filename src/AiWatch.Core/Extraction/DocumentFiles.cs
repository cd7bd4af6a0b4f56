using System.IO.Compression;

namespace AiWatch.Core.Extraction;

/// <summary>Finds and reads local article files: .html, .htm, .txt, each optionally gzipped.</summary>
public static class DocumentFiles
{
    /// <summary>Largest file accepted once decompressed; a gzip bomb stops here with a clear error.</summary>
    public const long MaxDecodedBytes = 50L * 1024 * 1024;

    private static readonly string[] Extensions = [".html", ".htm", ".txt"];

    /// <summary>True for the file names this reader accepts ("a.html", "b.txt.gz").</summary>
    public static bool IsSupported(string path) => Extensions.Contains(InnerExtension(path));

    /// <summary>
    /// Expands files and directories (recursively, sorted) into the files to read. A missing path or an
    /// unsupported file named directly is returned as an error; unsupported files inside a directory are skipped.
    /// </summary>
    public static IEnumerable<(string Path, string? Error)> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var entry in Walk(input).OrderBy(e => e.Path, StringComparer.Ordinal))
                {
                    yield return entry;
                }
            }
            else if (File.Exists(input))
            {
                yield return IsSupported(input)
                    ? (input, null)
                    : (input, "unsupported file type (expected .html, .htm or .txt, optionally .gz)");
            }
            else
            {
                yield return (input, "no such file or directory");
            }
        }
    }

    /// <summary>
    /// Supported files under a directory. A symbolic link (to a file or a directory) is followed only when its
    /// target lies inside the directory given: a directory import never reads outside it, and each skipped link is
    /// an error of its own. Each real directory is read once, so a link pointing back up the tree ends instead of
    /// repeating its files; a directory that cannot be listed is an error of its own.
    /// </summary>
    private static List<(string Path, string? Error)> Walk(string root)
    {
        var found = new List<(string Path, string? Error)>();
        var realRoot = RealPath(new DirectoryInfo(root));
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var directory))
        {
            try
            {
                if (!visited.Add(RealPath(new DirectoryInfo(directory))))
                {
                    continue;
                }
                foreach (var file in Directory.GetFiles(directory).Where(IsSupported))
                {
                    found.Add((file, OutsideError(new FileInfo(file), realRoot)));
                }
                foreach (var subdirectory in Directory.GetDirectories(directory))
                {
                    if (OutsideError(new DirectoryInfo(subdirectory), realRoot) is { } error)
                    {
                        found.Add((subdirectory, error));
                        continue;
                    }
                    pending.Push(subdirectory);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                found.Add((directory, e.Message));
            }
        }
        return found;
    }

    /// <summary>Null for an entry inside <paramref name="realRoot"/> once links are resolved, else why it is skipped.</summary>
    private static string? OutsideError(FileSystemInfo entry, string realRoot)
    {
        if (entry.LinkTarget is null)
        {
            return null;
        }
        var target = RealPath(entry);
        return IsInside(target, realRoot) ? null : $"symbolic link to {target}, outside the imported directory: not followed";
    }

    // The directory itself counts as inside: a link back to it is a loop, which the walk ends.
    private static bool IsInside(string path, string directory) =>
        path == directory || path.StartsWith(Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The entry's full path with every symbolic link on the way resolved (a dangling link resolves to its target's name).</summary>
    private static string RealPath(FileSystemInfo entry)
    {
        var full = Path.GetFullPath(entry.FullName);
        var parent = Path.GetDirectoryName(full);
        var name = Path.GetFileName(full);
        var resolvedParent = parent is null ? null : RealPath(new DirectoryInfo(parent));
        var here = resolvedParent is null || name.Length == 0 ? full : Path.Combine(resolvedParent, name);
        var info = entry is DirectoryInfo ? (FileSystemInfo)new DirectoryInfo(here) : new FileInfo(here);
        return info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target) : here;
    }

    /// <summary>The id of a file: its name without ".gz" and without its extension.</summary>
    public static string IdOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }
        return Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>Reads and decodes one file. Throws <see cref="InvalidDataException"/> for content it cannot read.</summary>
    public static async Task<RawDocument> ReadAsync(string path, CancellationToken ct = default)
    {
        var bytes = await ReadBytesAsync(path, ct);
        var contentType = InnerExtension(path) == ".txt" ? "text/plain" : "text/html";
        var content = contentType == "text/html" ? HtmlDecoding.Decode(bytes, null) : TextDecoding.Decode(bytes);
        if (content.Contains('\0'))
        {
            throw new InvalidDataException("binary content, not text");
        }
        return new RawDocument(IdOf(path), new Uri(Path.GetFullPath(path)).AbsoluteUri, contentType, content);
    }

    private static async Task<byte[]> ReadBytesAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        await using (stream)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await ReadChunkAsync(stream, chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxDecodedBytes)
                {
                    throw new InvalidDataException($"larger than {MaxDecodedBytes / (1024 * 1024)} MB once decompressed");
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }

    private static async ValueTask<int> ReadChunkAsync(Stream stream, byte[] chunk, CancellationToken ct)
    {
        try
        {
            return await stream.ReadAsync(chunk, ct);
        }
        catch (InvalidDataException e)
        {
            // Only GZipStream throws this: the file is not valid gzip.
            throw new InvalidDataException($"not a valid gzip file ({e.Message})", e);
        }
    }

    private static string InnerExtension(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }
        return Path.GetExtension(name).ToLowerInvariant();
    }
}
