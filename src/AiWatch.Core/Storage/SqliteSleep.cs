using System.Runtime.InteropServices;

namespace AiWatch.Core.Storage;

/// <summary>
/// Makes SQLite's sleeps last what SQLite asks for. The SQLite of SQLitePCLRaw 2.0 (e_sqlite3 3.35) was compiled
/// without <c>usleep</c>, so its operating-system layer rounds every sleep up to whole seconds. A reader that opens
/// a snapshot while the writer is between the two copies of the write-ahead log's header retries five times, then
/// sleeps one microsecond before retrying again: one whole second in that build. With a bulk import committing
/// beside the web app, some page views took a second for nothing (measured in docs/benchmarks.md, sixth round).
/// <see cref="EnsurePrecise"/> registers, as SQLite's default, a copy of the default file system whose sleep
/// lasts the requested time rounded up to the millisecond; every other function stays SQLite's own.
/// </summary>
public static class SqliteSleep
{
    /// <summary>The name of the file system <see cref="EnsurePrecise"/> registers.</summary>
    public const string VfsName = "unix-precise-sleep";

    private const string Library = "e_sqlite3";

    // SQLite calls the sleep through a native pointer for the rest of the process: the delegate must never be collected.
    private static readonly SleepFunction Sleep = SleepFor;
    private static readonly Lazy<bool> Registered = new(Register);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int SleepFunction(IntPtr vfs, int microseconds);

    /// <summary>Registers the precise sleep once per process, before connections are opened (a connection keeps the file system it opened with).</summary>
    /// <returns>
    /// Whether SQLite now sleeps through it: false on Windows, whose SQLite sleeps in milliseconds already, and where
    /// no e_sqlite3 library is loaded.
    /// </returns>
    public static bool EnsurePrecise() => Registered.Value;

    private static bool Register()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }
        IntPtr original;
        try
        {
            original = NativeMethods.sqlite3_vfs_find(IntPtr.Zero);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another SQLite build than e_sqlite3 (a provider swapped by a deployment): its sleeps are its own.
            return false;
        }
        if (original == IntPtr.Zero)
        {
            throw new InvalidOperationException("SQLite has no default file system to copy.");
        }
        if (Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(original, VfsLayout.NameOffset)) == VfsName)
        {
            return true;
        }
        var copy = VfsLayout.Copy(original, Marshal.StringToCoTaskMemUTF8(VfsName), Marshal.GetFunctionPointerForDelegate(Sleep));
        var result = NativeMethods.sqlite3_vfs_register(copy, makeDefault: 1);
        if (result != 0)
        {
            throw new InvalidOperationException($"SQLite refused the file system with the precise sleep (error {result}).");
        }
        return true;
    }

    private static int SleepFor(IntPtr vfs, int microseconds)
    {
        // Thread.Sleep counts in milliseconds; rounding down would turn SQLite's short pauses into none at all, and
        // a reader that retries a hundred times without pausing gives up with SQLITE_PROTOCOL.
        var milliseconds = (int)Math.Max(1, ((long)microseconds + 999) / 1000);
        Thread.Sleep(milliseconds);
        return milliseconds * 1000;
    }

    /// <summary>The fields of SQLite's <c>sqlite3_vfs</c> this class reads and writes, for the process's pointer size.</summary>
    private static class VfsLayout
    {
        // Three ints (iVersion, szOsFile, mxPathname), then pointers: pNext, zName, pAppData and the functions.
        private static readonly int FirstPointer = (3 * sizeof(int) + IntPtr.Size - 1) / IntPtr.Size * IntPtr.Size;
        private static readonly int NextOffset = FirstPointer;
        public static readonly int NameOffset = FirstPointer + IntPtr.Size;
        private static readonly int SleepOffset = FirstPointer + 12 * IntPtr.Size;

        /// <summary>A copy of <paramref name="original"/>, unregistered, under another name and sleep; it lives as long as the process.</summary>
        public static IntPtr Copy(IntPtr original, IntPtr name, IntPtr sleep)
        {
            var version = Math.Min(Marshal.ReadInt32(original), 3);
            var size = Size(version);
            var copy = Marshal.AllocCoTaskMem(size);
            var bytes = new byte[size];
            Marshal.Copy(original, bytes, 0, size);
            Marshal.Copy(bytes, 0, copy, size);
            // A later SQLite's longer structure is copied as the version 3 this class knows.
            Marshal.WriteInt32(copy, 0, version);
            Marshal.WriteIntPtr(copy, NextOffset, IntPtr.Zero);
            Marshal.WriteIntPtr(copy, NameOffset, name);
            Marshal.WriteIntPtr(copy, SleepOffset, sleep);
            return copy;
        }

        // Version 1 ends with xGetLastError (15 pointers), version 2 adds xCurrentTimeInt64, version 3 the three system-call functions.
        private static int Size(int version) => FirstPointer + IntPtr.Size * version switch
        {
            1 => 15,
            2 => 16,
            _ => 19,
        };
    }

    private static class NativeMethods
    {
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern IntPtr sqlite3_vfs_find(IntPtr name);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_vfs_register(IntPtr vfs, int makeDefault);
    }
}
