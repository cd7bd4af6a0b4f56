using AiWatch.Cli;

namespace AiWatch.Core.Tests.Cli;

public sealed class ProgressLineTests
{
    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place_and_erased()
    {
        var output = new StringWriter();
        var progress = new ProgressLine(output, total: 4, enabled: true);

        progress.Advance("a.html");
        progress.Advance("b.html");
        progress.Clear();

        var drawn = "[###############---------------] 2/4 b.html";
        Assert.Equal("\r[#######-----------------------] 1/4 a.html" + "\r" + drawn + "\r" + new string(' ', drawn.Length) + "\r", output.ToString());
    }

    [Fact]
    public void A_long_label_keeps_its_end()
    {
        var output = new StringWriter();
        new ProgressLine(output, total: 1, enabled: true).Advance("/tmp/" + new string('x', 60) + "/fin.html");

        Assert.EndsWith("xxxxxx/fin.html", output.ToString());
        Assert.Contains("1/1 …", output.ToString());
    }

    [Fact]
    public void Off_a_terminal_nothing_is_written()
    {
        var output = new StringWriter();
        var progress = new ProgressLine(output, total: 2, enabled: false);

        progress.Advance("a.html");
        progress.Clear();

        Assert.Equal("", output.ToString());
    }
}
