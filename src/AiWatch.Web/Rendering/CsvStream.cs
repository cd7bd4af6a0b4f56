using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace AiWatch.Web.Rendering;

/// <summary>
/// A CSV download written row by row as <paramref name="rows"/> produces them (see <see cref="Api.ExportPages"/>),
/// with what every export promises (<see cref="Csv"/>: UTF-8 with a byte order mark, defused formulas, an attachment).
/// A result for minimal API endpoints and Razor Pages alike.
/// </summary>
public sealed class CsvStream(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows) : IResult, IActionResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = Csv.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), httpContext.RequestAborted);
        await writer.WriteAsync(Csv.Line(header));
        await foreach (var row in rows.WithCancellation(httpContext.RequestAborted))
        {
            await writer.WriteAsync(Csv.Line(row));
        }
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);
}
