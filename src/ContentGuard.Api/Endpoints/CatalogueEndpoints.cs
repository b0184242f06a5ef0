using ContentGuard.Api.Contracts;
using ContentGuard.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace ContentGuard.Api.Endpoints;

/// <summary><c>GET /v1/rules</c> and <c>GET /v1/info</c>.</summary>
internal static class CatalogueEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/rules", (ContentChecker checker) => TypedResults.Ok(new RulesResponse(
                [.. Category.All.Select(c => new CategoryInfo(c.Id, c.Name, c.DefaultSeverity))],
                [.. checker.Rules.OrderBy(r => r.Category.Id, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
                    .Select(r => new RuleInfo(r.Id, r.Description, r.IssueType, r.Category, r.DefaultSeverity))])))
            .WithName("Rules")
            .WithSummary("The catalogue of categories and rules")
            .WithDescription("Every category (id, Chinese name, default severity) and every rule id the engine can report, with its category, default severity and description. Use these ids in enabledCategories, disabledCategories and disabledRules.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        v1.MapGet("/info", (ContentChecker checker, IOptions<ApiOptions> options, ApiKeyStore keys) =>
            {
                var api = options.Value;
                return TypedResults.Ok(new InfoResponse(
                    checker.Software,
                    checker.DetectorNames,
                    new LimitsInfo(api.MaxTextLength, api.TimeBudgetMs, api.RateLimit.Enabled ? new RateLimitInfo(api.RateLimit.PermitLimit, api.RateLimit.WindowSeconds) : null),
                    ["text", "html"],
                    "utf16",
                    keys.Enabled));
            })
            .WithName("Info")
            .WithSummary("Versions and limits")
            .WithDescription("The engine version, the versions of its lexicons, tables and model, the detectors, and the limits this instance enforces (text length, time budget, rate limit).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}
