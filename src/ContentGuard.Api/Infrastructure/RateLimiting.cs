using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ContentGuard.Api.Infrastructure;

/// <summary>A fixed window per API key (per client IP when the service runs without keys); 429 with Retry-After when exceeded.</summary>
internal static class RateLimiting
{
    public const string PolicyName = "per-client";

    public static void Configure(RateLimiterOptions limiter, ApiOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(PolicyName, context =>
        {
            var rate = options.RateLimit;
            if (!rate.Enabled)
            {
                return RateLimitPartition.GetNoLimiter("off");
            }

            var partition = context.User.Identity is { IsAuthenticated: true, Name: { } name } && name != "open"
                ? name
                : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
            return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = rate.PermitLimit,
                Window = TimeSpan.FromSeconds(rate.WindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var http = context.HttpContext;
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? (int)Math.Ceiling(retryAfter.TotalSeconds)
                : options.RateLimit.WindowSeconds;
            seconds = Math.Max(1, seconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests.",
                    Detail = $"The rate limit is {options.RateLimit.PermitLimit} requests per {options.RateLimit.WindowSeconds} s per client. Retry after {seconds} s.",
                },
            }).ConfigureAwait(false);
        };
    }
}
