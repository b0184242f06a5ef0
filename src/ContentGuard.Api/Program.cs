using ContentGuard.Api;

// The content root defaults to the app's folder (not the working directory), so a published app started from
// anywhere finds its appsettings.json; ASPNETCORE_CONTENTROOT or --contentRoot still override it.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") ?? AppContext.BaseDirectory,
});
builder.AddContentGuardApi();
var app = builder.Build();
app.UseContentGuardApi();
app.Run();

/// <summary>The API's entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
