using System.Text.Json.Nodes;
using ContentGuard.Api.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentGuard.Api.OpenApi;

/// <summary>The OpenAPI document at /swagger/v1/swagger.json: every endpoint, schema and error response, the API key scheme and examples.</summary>
internal static class SwaggerSetup
{
    public const string SecuritySchemeId = "ApiKey";

    public static void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc("v1", new OpenApiInfo
        {
            Title = "ContentGuard API",
            Version = "v1",
            Description =
                "Pre-publication review of Chinese text for government websites: leader names and titles, political formulations, " +
                "sovereignty wording, banned and sensitive terms, typos, offensive language, personal data and secrecy markings. " +
                "Offsets and lengths are UTF-16 code units into the submitted string (for HTML: into the HTML source). " +
                "Every error is application/problem+json (RFC 9457) with a detail and a traceId. " +
                "/v2 speaks LanguageTool's protocol so LanguageTool clients work unchanged.",
        });
        options.AddSecurityDefinition(SecuritySchemeId, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "An API key from ContentGuard:ApiKeys. Required on /v1 and /v2 when keys are configured; a service without keys answers loopback clients only.",
        });
        options.IncludeXmlComments(typeof(SwaggerSetup).Assembly, includeControllerXmlComments: false);
        options.IncludeXmlComments(typeof(ContentChecker).Assembly, includeControllerXmlComments: false);
        options.SupportNonNullableReferenceTypes();
        options.MapType<TextRange>(() => new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            MinItems = 2,
            MaxItems = 2,
            Description = "A half-open range [start, end) of UTF-16 code units into the submitted string.",
        });
        options.DocumentFilter<ContractDocumentFilter>();
    }

    private static void SetResponseExample(OpenApiOperation operation, string status, string mediaType, string example)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true && response.Content?.TryGetValue(mediaType, out var media) == true && media is OpenApiMediaType concrete)
        {
            concrete.Example = JsonNode.Parse(example);
        }
    }

    /// <summary>Adds the API key requirement, the error descriptions and the example requests.</summary>
    private sealed class ContractDocumentFilter : IDocumentFilter
    {
        private static readonly Dictionary<string, string> ErrorDescriptions = new(StringComparer.Ordinal)
        {
            ["400"] = "Bad request (problem+json): malformed JSON or form, a missing or empty text, unknown category or rule ids (the detail and validCategories / validRules name the valid ones), an invalid documentDate, format or language.",
            ["401"] = "Unauthorized (problem+json): API keys are configured and X-Api-Key is missing or wrong, or the service runs without keys and the client is not on loopback.",
            ["413"] = "Payload too large (problem+json): the text is longer than ContentGuard:MaxTextLength (default 100,000 characters).",
            ["415"] = "Unsupported media type (problem+json): /v1/check takes application/json, /v2/check a form.",
            ["429"] = "Too many requests (problem+json): over the rate limit of the API key (or client IP); the Retry-After header says when to retry.",
            ["500"] = "Unexpected error (problem+json): a fixed message and a traceId to quote; nothing internal is leaked.",
            ["503"] = "Not ready (problem+json): the engine is still loading.",
        };

        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            foreach (var (path, item) in document.Paths)
            {
                var secured = path.StartsWith("/v1", StringComparison.Ordinal) || path.StartsWith("/v2", StringComparison.Ordinal);
                foreach (var (_, operation) in item.Operations ?? [])
                {
                    if (secured)
                    {
                        operation.Security ??= [];
                        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeId, document)] = [] });
                    }

                    foreach (var (status, response) in operation.Responses ?? [])
                    {
                        if (ErrorDescriptions.TryGetValue(status, out var description) && response is OpenApiResponse concrete)
                        {
                            concrete.Description = description;
                        }
                    }

                    if (path == "/v1/check" && operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var json) && json is OpenApiMediaType media)
                    {
                        media.Example = JsonNode.Parse(Examples.CheckRequest);
                        SetResponseExample(operation, "200", "application/json", Examples.CheckResponse);
                        SetResponseExample(operation, "400", "application/problem+json", Examples.BadRequest);
                    }

                    if (path == "/v2/check" && operation.RequestBody?.Content is { } form && form.TryGetValue("application/x-www-form-urlencoded", out var urlencoded) && urlencoded is OpenApiMediaType formMedia)
                    {
                        formMedia.Example = JsonNode.Parse(Examples.LanguageToolForm);
                    }
                }
            }
        }
    }
}
