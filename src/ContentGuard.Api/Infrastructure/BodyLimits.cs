using Microsoft.AspNetCore.Http.Features;

namespace ContentGuard.Api.Infrastructure;

/// <summary>Caps the request body so a huge upload is refused while it streams in (the text limit is checked after parsing).</summary>
internal static class BodyLimits
{
    /// <summary>Worst case: every char JSON-escaped as \uXXXX (6 bytes), plus room for the other fields.</summary>
    public static long MaxBodyBytes(ApiOptions options) => (options.MaxTextLength * 6L) + (1024 * 1024);

    public static void Apply(HttpContext http, ApiOptions options)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = http.Request.Path.StartsWithSegments("/v1/check/file")
                ? options.MaxFileBytes + (64 * 1024)
                : MaxBodyBytes(options);
        }
    }
}
