using System.Text;
using System.Text.Json;
using ContentGuard.Api.Contracts;
using ContentGuard.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace ContentGuard.Api.Endpoints;

/// <summary><c>POST /v1/check</c>: the contract's check, JSON in and out.</summary>
internal sealed partial class CheckEndpoint
{
    private CheckEndpoint()
    {
    }

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/check", HandleAsync)
            .WithName("Check")
            .WithSummary("Check a text before publication")
            .WithDescription(
                "Checks plain text or HTML (`format: \"html\"`) and returns the decision (pass / review / block), every finding with its " +
                "UTF-16 offset and length into the submitted string, the sentence ranges and the versions of the engine and its data. " +
                "Only `text` is required. When the per-check time budget runs out, what was found is returned with `warnings.incompleteResults: true`.")
            .Accepts<CheckRequest>("application/json")
            .Produces<CheckResult>(StatusCodes.Status200OK, "application/json")
            .ProducesCheckProblems();
    }

    private static async Task<IResult> HandleAsync(HttpContext http, ContentChecker checker, IOptions<ApiOptions> apiOptions, ILogger<CheckEndpoint> logger)
    {
        var api = apiOptions.Value;
        if (!http.Request.HasJsonContentType())
        {
            return ApiProblems.UnsupportedMediaType(
                $"POST /v1/check takes a JSON body (Content-Type: application/json), not '{RequestParsing.Truncate(http.Request.ContentType ?? "none")}'. " +
                "LanguageTool-style form posts go to /v2/check.");
        }

        CheckRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<CheckRequest>(http.Request.Body, CheckResultJson.ReadOptions, http.RequestAborted);
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest(DescribeJsonError(e));
        }
        catch (DecoderFallbackException)
        {
            return ApiProblems.BadRequest(
                "The body is not UTF-8: send JSON encoded as UTF-8 (GBK, GB2312 and other legacy encodings are not accepted).");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge($"The body is larger than this service accepts ({BodyLimits.MaxBodyBytes(api)} bytes); the text limit is {api.MaxTextLength} characters.");
        }

        if (request is null)
        {
            return ApiProblems.BadRequest("The body must be a JSON object such as {\"text\": \"…\"}.");
        }

        if (request.Text is null)
        {
            return ApiProblems.BadRequest("\"text\" is required: the text (or HTML source) to check.");
        }

        if (request.Text.Length == 0)
        {
            return ApiProblems.BadRequest("\"text\" is empty: there is nothing to check.");
        }

        if (request.Text.Length > api.MaxTextLength)
        {
            return ApiProblems.TooLarge($"\"text\" has {request.Text.Length} characters; this service checks at most {api.MaxTextLength}. Split the document and check the parts.");
        }

        if (RequestParsing.TryParseFormat(request.Format, out var format) is { } formatError)
        {
            return ApiProblems.BadRequest(formatError);
        }

        if (RequestParsing.TryParseDate(request.DocumentDate, out var date) is { } dateError)
        {
            return ApiProblems.BadRequest(dateError);
        }

        var options = new CheckOptions
        {
            Format = format,
            DocumentDate = date,
            EnabledCategories = request.EnabledCategories,
            DisabledCategories = request.DisabledCategories,
            DisabledRules = request.DisabledRules,
            Allowlist = request.Allowlist,
            DataId = request.DataId,
            TimeBudget = TimeSpan.FromMilliseconds(api.TimeBudgetMs),
        };
        if (RequestParsing.Validate(checker, options) is { } invalid)
        {
            return invalid;
        }

        var result = await checker.CheckAsync(request.Text, options, http.RequestAborted);
        CheckSummary.Attach(http, request.Text.Length, format == TextFormat.Html ? "html" : "text", result);
        if (api.LogDraftText)
        {
            LogDraft(logger, request.DataId, request.Text);
        }

        return Results.Json(result, CheckResultJson.Options);
    }

    private static string DescribeJsonError(JsonException e)
    {
        var where = e.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
        var line = e.LineNumber is { } l ? $" (line {l + 1}, byte {(e.BytePositionInLine ?? 0) + 1})" : string.Empty;
        var converted = e.Message.Contains("could not be converted", StringComparison.Ordinal);
        if (converted && e.Path == "$")
        {
            return "The body must be a JSON object such as {\"text\": \"…\"}.";
        }

        var what = converted && e.Path is { Length: > 1 }
            ? "a value has the wrong type (text, format, documentDate and dataId are strings; the id lists and allowlist are arrays of strings)"
            : "the body is not well-formed JSON";
        return $"Malformed JSON{where}{line}: {what}.";
    }

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Draft text of {DataId}: {Text}")]
    private static partial void LogDraft(ILogger logger, string? dataId, string text);
}
