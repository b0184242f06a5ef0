namespace ContentGuard.Api.Infrastructure;

/// <summary>The error responses every check endpoint documents (RFC 9457 problem details).</summary>
internal static class CheckProblems
{
    public static RouteHandlerBuilder ProducesCheckProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status500InternalServerError);
}
