using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using ContentGuard.Api.Endpoints;
using ContentGuard.Api.Infrastructure;
using ContentGuard.Api.OpenApi;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContentGuard.Api;

/// <summary>The API's services and request pipeline.</summary>
internal static class ApiSetup
{
    /// <summary>Where the API listens when nothing else is configured: loopback only, for local use.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static void AddContentGuardApi(this WebApplicationBuilder builder)
    {
        // --urls, ASPNETCORE_URLS, URLS, ASPNETCORE_HTTP_PORTS (set by the official container images) or Kestrel:Endpoints win.
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["http_ports"]) && string.IsNullOrEmpty(config["https_ports"])
            && !config.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.AddOptions<ApiOptions>()
            .Bind(builder.Configuration.GetSection(ApiOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Lexicons.All(File.Exists), "Every file in ContentGuard:Lexicons must exist (paths are relative to the working directory).")
            .Validate(o => o.TrustedProxies.All(p => TrustedProxies.TryParse(p, out _)), "Every entry of ContentGuard:TrustedProxies must be an IP address or a CIDR network (10.0.0.0/8).")
            .ValidateOnStart();

        // One engine per process, built and warmed up at start-up; /healthz/ready turns 200 after.
        services.AddContentGuard((provider, engine) =>
        {
            foreach (var path in provider.GetRequiredService<IOptions<ApiOptions>>().Value.Lexicons)
            {
                engine.AddLexicon(path);
            }
        });
        services.AddSingleton<EngineReadiness>();
        services.AddHostedService<EngineWarmup>();
        services.AddHealthChecks().AddCheck<EngineReadiness>("engine", tags: [HealthEndpoints.ReadyTag]);

        // The contract's JSON: camelCase, enums as lower-case strings, Chinese unescaped, nulls omitted (= CheckResultJson.Options).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsSetup.Customize);

        // Authentication pulls in Data Protection; nothing here protects data, so keep its keys in memory (no key files on disk).
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ApiOptions>>((forwarded, api) => TrustedProxies.Configure(forwarded, api.Value));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>((limiter, api) => RateLimiting.Configure(limiter, api.Value));

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) => cors.AddDefaultPolicy(p => p
            .WithOrigins(api.Value.Cors.Origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", ApiKeyAuthenticationHandler.HeaderName)
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        // One structured line per request: method, path, status, duration, client, and for checks size, decision, findings, dataId.
        // Never bodies or headers (drafts are confidential).
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        services.AddHttpLoggingInterceptor<CheckLogInterceptor>();

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(SwaggerSetup.Configure);
    }

    public static void UseContentGuardApi(this WebApplication app)
    {
        var api = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
        if (api.TrustedProxies.Length > 0)
        {
            app.UseForwardedHeaders(); // first: everything after sees the client a trusted proxy names
        }

        app.UseHttpLogging(); // outermost, so the logged status is the one sent (500s included)
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/v1") || http.Request.Path.StartsWithSegments("/v2"))
            {
                BodyLimits.Apply(http, api);
            }

            return next(http);
        });
        if (api.Cors.Origins.Length > 0)
        {
            app.UseCors();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        if (api.Swagger)
        {
            app.UseSwagger();
            app.UseSwaggerUI(o =>
            {
                o.SwaggerEndpoint("/swagger/v1/swagger.json", "ContentGuard API v1");
                o.DocumentTitle = "ContentGuard API";
            });
        }

        var v1 = app.MapGroup("/v1").WithTags("ContentGuard").RequireAuthorization().RequireRateLimiting(RateLimiting.PolicyName);
        CheckEndpoint.Map(v1);
        CheckFileEndpoint.Map(v1);
        CatalogueEndpoints.Map(v1);
        var v2 = app.MapGroup("/v2").WithTags("LanguageTool compatible").RequireAuthorization().RequireRateLimiting(RateLimiting.PolicyName);
        LanguageToolEndpoints.Map(v2);
        HealthEndpoints.Map(app);
        RootPage.Map(app);
    }
}
