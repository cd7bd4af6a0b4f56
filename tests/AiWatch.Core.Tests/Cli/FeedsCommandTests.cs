using AiWatch.Core.Tests.Feeds;
using AiWatch.Core.Tests.Support;

namespace AiWatch.Core.Tests.Cli;

/// <summary>Shares the process's AiWatch__Fetch__* variables with the ingest tests, so never runs beside them.</summary>
[Collection(CliEnvironment.Name)]
public sealed class FeedsCommandTests : FeedSiteTest
{
    // The test site is on loopback, which the fetcher refuses unless told otherwise; a 500 is not retried here.
    private readonly EnvironmentVariables settings = new(("AiWatch__Fetch__AllowPrivateNetworks", "true"), ("AiWatch__Fetch__PerHostInterval", "00:00:00"), ("AiWatch__Fetch__RetryCount", "0"));

    public override async Task DisposeAsync()
    {
        settings.Dispose();
        await base.DisposeAsync();
    }

    private Task<CliRunner.Run> Feeds(params string[] args) =>
        CliRunner.RunAsync(["feeds", .. args, "--db", Database.ConnectionString, "--actors", RepositoryFiles.ActorsJson]);

    [Fact]
    public async Task Add_list_poll_and_remove_a_feed()
    {
        var add = await Feeds("add", Site.BaseUrl + "/page.html", "--interval", "15");
        var poll = await Feeds("poll");
        var list = await Feeds("list");
        var remove = await Feeds("remove", "1");
        var after = await Feeds("list");

        Assert.Equal((0, $"added\t1\t{Site.FeedUrl}\tExemple – Intelligence artificielle"), (add.ExitCode, add.Out.Trim()));
        Assert.Equal((1, $"{Site.BaseUrl}/ia/retire.html: HTTP 404 Not Found"), (poll.ExitCode, Assert.Single(poll.ErrorLines)));
        Assert.Equal([$"polled\t1\t2 new, 1 failed\t{Site.FeedUrl}", "1 feeds polled, 2 new items, 1 failed items, 0 failed feeds"], poll.OutLines);
        var row = list.OutLines[1].Split('\t');
        Assert.Equal(["1", Site.FeedUrl, "Exemple – Intelligence artificielle"], row[..3]);
        Assert.Equal(["0", "-", "3", "1"], row[5..]);
        Assert.Equal((0, "removed\t1"), (remove.ExitCode, remove.Out.Trim()));
        Assert.Single(after.OutLines);
    }

    [Fact]
    public async Task Polling_a_failing_feed_names_it_on_stderr_and_exits_1()
    {
        await Feeds("add", Site.FeedUrl);
        Site.FeedFails = true;

        var poll = await Feeds("poll", "1");

        Assert.Equal(1, poll.ExitCode);
        Assert.Equal($"{Site.FeedUrl}: HTTP 500 Internal Server Error", Assert.Single(poll.ErrorLines));
        Assert.Equal("1 feeds polled, 0 new items, 0 failed items, 1 failed feeds", poll.OutLines[^1]);
    }

    [Fact]
    public async Task A_second_poll_finds_nothing_new_and_exits_0()
    {
        await Feeds("add", Site.FeedUrl);
        await Feeds("poll");

        var again = await Feeds("poll", "1");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"polled\t1\tnot modified\t{Site.FeedUrl}", again.OutLines[0]);
    }

    [Theory]
    [InlineData(new[] { "feeds" }, "aiwatch feeds: give an action: add, list, remove or poll")]
    [InlineData(new[] { "feeds", "add" }, "aiwatch feeds: add needs one URL")]
    [InlineData(new[] { "feeds", "add", "https://exemple.fr/rss", "--interval", "0" }, "aiwatch feeds: --interval takes minutes between 1 and 10080 (got '0')")]
    [InlineData(new[] { "feeds", "poll", "abc" }, "aiwatch feeds: not a feed id: 'abc'")]
    [InlineData(new[] { "feeds", "purge" }, "aiwatch feeds: unknown action 'purge': use add, list, remove or poll")]
    public async Task Usage_errors_exit_2_before_touching_the_database(string[] args, string message)
    {
        var run = await CliRunner.RunAsync([.. args, "--db", "Data Source=/proc/forbidden/x.db"]);

        Assert.Equal((2, message), (run.ExitCode, Assert.Single(run.ErrorLines)));
    }

    [Fact]
    public async Task Errors_of_add_and_remove_are_one_line_on_stderr_with_exit_1()
    {
        var add = await Feeds("add", Site.BaseUrl + "/sans-flux.html");
        var remove = await Feeds("remove", "https://exemple.fr/inconnu.xml");

        Assert.Equal((1, $"{Site.BaseUrl}/sans-flux.html: no RSS or Atom feed is linked from the page {Site.BaseUrl}/sans-flux.html"), (add.ExitCode, Assert.Single(add.ErrorLines)));
        Assert.Equal((1, "https://exemple.fr/inconnu.xml: no such feed"), (remove.ExitCode, Assert.Single(remove.ErrorLines)));
    }
}
