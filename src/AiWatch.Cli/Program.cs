using AiWatch.Cli;

using var cancel = new CancellationTokenSource();
// A first Ctrl+C cancels the command instead of killing the process, so the article being saved is rolled back
// cleanly; a second one kills it as usual.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancel.Token);
