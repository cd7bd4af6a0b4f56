namespace AiWatch.Cli;

/// <summary>Positional inputs and <c>--name value</c> options of one command.</summary>
public sealed class CommandLine
{
    private static readonly HashSet<string> KnownOptions = ["--out", "--actors", "--db", "--interval", "--count", "--seed", "--threads"];

    private CommandLine(IReadOnlyList<string> inputs, IReadOnlyDictionary<string, string> options)
    {
        Inputs = inputs;
        Options = options;
    }

    public IReadOnlyList<string> Inputs { get; }
    public IReadOnlyDictionary<string, string> Options { get; }

    public string? Option(string name) => Options.GetValueOrDefault(name);

    public static CommandLine Parse(IEnumerable<string> args)
    {
        var inputs = new List<string>();
        var options = new Dictionary<string, string>();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (!KnownOptions.Contains(arg))
                {
                    throw new ArgumentException($"unknown option '{arg}'");
                }
                if (!e.MoveNext())
                {
                    throw new ArgumentException($"option '{arg}' needs a value");
                }
                options[arg] = e.Current;
            }
            else
            {
                inputs.Add(arg);
            }
        }
        return new CommandLine(inputs, options);
    }
}
