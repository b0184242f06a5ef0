namespace ContentGuard.Api.Endpoints;

/// <summary>
/// <c>GET /</c>: the checker page, served from an embedded resource (wwwroot/index.html) so a published app run from
/// any folder finds it.
/// </summary>
internal static class RootPage
{
    private const string ResourcePrefix = "ContentGuard.Api.wwwroot/";
    private static readonly Lazy<byte[]?> Index = new(() => Load("index.html"));

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Index.Value is { } page
                ? Results.Bytes(page, "text/html; charset=utf-8")
                : Results.Redirect("/swagger"))
            .WithName("Page")
            .WithSummary("The checker page")
            .WithDescription("A page for checking a text in the browser (redirects to /swagger when the page is not built in).")
            .ExcludeFromDescription();
    }

    private static byte[]? Load(string name)
    {
        using var stream = typeof(RootPage).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
