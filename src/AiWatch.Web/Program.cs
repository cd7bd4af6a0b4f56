using AiWatch.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAiWatchLogging();
builder.Services.AddAiWatchOptions();
builder.Services.AddAiWatchStorage();
builder.Services.AddAiWatchKeyStorage();
builder.Services.AddAiWatchFetcher();
builder.Services.AddAiWatchWeb();
builder.Services.AddAiWatchFeeds();

var app = builder.Build();
app.UseAiWatchPipeline();
app.MapAiWatchEndpoints();
// The database is prepared by DatabaseStartup, a hosted service, before the server takes requests.
await app.RunAsync();
