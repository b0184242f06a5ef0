using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentGuard.Api.Endpoints;

/// <summary>
/// <c>GET /healthz</c> (the process answers) and <c>GET /healthz/ready</c> (the engine is loaded and warmed up); both also
/// answer <c>HEAD</c>, which some load balancers probe with.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void Map(IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/healthz").WithTags("Health").DisableRateLimiting();
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        health.MapMethods(string.Empty, methods, () => TypedResults.Ok(new HealthResponse("Healthy", "The process is running.")))
            .WithName("Live")
            .WithSummary("Liveness")
            .WithDescription("200 while the process answers requests (a liveness probe). Needs no API key and is not rate limited.");
        health.MapMethods("/ready", methods, async Task<IResult> (HealthCheckService checks, CancellationToken cancellationToken) =>
            {
                var report = await checks.CheckHealthAsync(c => c.Tags.Contains(ReadyTag), cancellationToken);
                var description = string.Join(" ", report.Entries.Values.Select(e => e.Description));
                return report.Status == HealthStatus.Healthy
                    ? TypedResults.Ok(new HealthResponse("Healthy", description))
                    : TypedResults.Problem(description, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready.");
            })
            .WithName("Ready")
            .WithSummary("Readiness")
            .WithDescription("200 once the engine, its lexicons and the model are loaded and warmed up at start-up, so the first real check is fast; 503 before (a readiness probe).")
            .Produces<HealthResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>A health probe's answer.</summary>
/// <param name="Status"><c>Healthy</c>.</param>
/// <param name="Description">What was checked.</param>
internal sealed record HealthResponse(string Status, string Description);
