using System.Diagnostics;

namespace ContentGuard.Api.Infrastructure;

/// <summary>Every problem body carries the request path as <c>instance</c> and a <c>traceId</c> to quote in a support request.</summary>
internal static class ProblemDetailsSetup
{
    public static void Customize(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        context.ProblemDetails.Instance ??= $"{http.Request.Method} {http.Request.Path}";
        var traceId = Activity.Current?.Id ?? http.TraceIdentifier;
        context.ProblemDetails.Extensions["traceId"] = traceId;
        if (context.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
        {
            // Never leak exception text: a fixed message and the trace id that finds the logged exception.
            context.ProblemDetails.Title = "An unexpected error occurred.";
            context.ProblemDetails.Detail = $"The check failed on the server. Quote trace id {traceId} when reporting it.";
            context.ProblemDetails.Extensions.Remove("exception");
        }

        if (context.ProblemDetails.Status == StatusCodes.Status404NotFound && context.ProblemDetails.Detail is null)
        {
            context.ProblemDetails.Detail = $"No endpoint at {http.Request.Path}. GET /swagger lists the endpoints.";
        }

        if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType && context.ProblemDetails.Detail is null)
        {
            context.ProblemDetails.Detail =
                $"Content-Type '{RequestParsing.Truncate(http.Request.ContentType ?? "none")}' is not accepted here: " +
                "POST /v1/check takes application/json; POST /v2/check takes application/x-www-form-urlencoded or multipart/form-data.";
        }

        if (context.ProblemDetails.Status == StatusCodes.Status405MethodNotAllowed && context.ProblemDetails.Detail is null)
        {
            context.ProblemDetails.Detail = $"{http.Request.Method} is not allowed on {http.Request.Path}. GET /swagger lists the endpoints.";
        }
    }
}
