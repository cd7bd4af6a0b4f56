using System.Text;

namespace AiWatch.Web.Tests;

/// <summary>Reads a CSV download after checking what every export promises: text/csv, an attachment, UTF-8 with a BOM.</summary>
public static class CsvDownload
{
    public static async Task<string[]> GetCsvLinesAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
