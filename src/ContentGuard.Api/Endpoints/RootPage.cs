using System.Collections.Frozen;

namespace ContentGuard.Api.Endpoints;

/// <summary>
/// <c>GET /</c>: the checker page (wwwroot/index.html, app.js, app.css), served from embedded resources so a published
/// app run from any folder finds it and nothing is loaded from a CDN (intranets are often offline).
/// </summary>
internal static class RootPage
{
    private const string ResourcePrefix = "ContentGuard.Api.wwwroot/";

    private static readonly FrozenDictionary<string, (byte[] Body, string ContentType)> Assets = new (string Path, string File, string Type)[]
        {
            ("/", "index.html", "text/html; charset=utf-8"),
            ("/app.js", "app.js", "text/javascript; charset=utf-8"),
            ("/app.css", "app.css", "text/css; charset=utf-8"),
        }
        .Select(a => (a.Path, Body: Load(a.File), a.Type))
        .Where(a => a.Body is not null)
        .ToFrozenDictionary(a => a.Path, a => (a.Body!, a.Type), StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (path, (body, type)) in Assets)
        {
            app.MapGet(path, (HttpContext http) =>
                {
                    http.Response.Headers.CacheControl = "no-cache";
                    http.Response.Headers["X-Content-Type-Options"] = "nosniff";
                    return Results.Bytes(body, type);
                })
                .ExcludeFromDescription();
        }

        if (!Assets.ContainsKey("/"))
        {
            app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        }
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
