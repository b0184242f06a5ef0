using System.Text.Json;
using ContentGuard.Api.Contracts;
using ContentGuard.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace ContentGuard.Api.Endpoints;

/// <summary>
/// LanguageTool's HTTP API (<c>POST /v2/check</c>, <c>GET /v2/languages</c>) over the same engine, answering in
/// LanguageTool's response schema so existing LanguageTool clients and editor plugins work unchanged.
/// </summary>
internal static class LanguageToolEndpoints
{
    private const int ContextChars = 40;
    private static readonly string[] ChineseCodes = ["zh-CN", "zh", "zh-Hans", "zh-Hans-CN", "auto"];

    public static void Map(RouteGroupBuilder v2)
    {
        v2.MapPost("/check", HandleAsync)
            .WithName("LanguageToolCheck")
            .WithSummary("LanguageTool-compatible check")
            .WithDescription(
                "LanguageTool's /v2/check: a form post with `text` (or `data`: annotated text as JSON) and `language` (zh-CN, zh or auto). " +
                "Answers in LanguageTool's schema (matches with message, shortMessage, replacements, offset, length, context, sentence, rule). " +
                "Offsets are UTF-16 code units, as in LanguageTool.")
            .Accepts<LanguageToolCheckForm>("application/x-www-form-urlencoded", "multipart/form-data")
            .Produces<LanguageToolResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesCheckProblems();

        v2.MapGet("/languages", () => TypedResults.Ok<LanguageToolLanguageEntry[]>(
                [new LanguageToolLanguageEntry("Chinese", "zh", "zh-CN")]))
            .WithName("LanguageToolLanguages")
            .WithSummary("LanguageTool-compatible language list")
            .WithDescription("LanguageTool's /v2/languages: the languages this server checks (Chinese only).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> HandleAsync(HttpContext http, ContentChecker checker, IOptions<ApiOptions> apiOptions)
    {
        var api = apiOptions.Value;
        if (!http.Request.HasFormContentType)
        {
            return ApiProblems.UnsupportedMediaType(
                $"POST /v2/check takes a form (application/x-www-form-urlencoded or multipart/form-data), like LanguageTool, not '{RequestParsing.Truncate(http.Request.ContentType ?? "none")}'. " +
                "JSON requests go to /v1/check.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The form reader's limits: field count, key or value length, multipart body or header size.
            return ApiProblems.TooLarge($"The form exceeds this service's limits ({e.Message}); the text limit is {api.MaxTextLength} characters.");
        }
        catch (InvalidDataException e)
        {
            return ApiProblems.BadRequest($"The form could not be read: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge($"The body is larger than this service accepts; the text limit is {api.MaxTextLength} characters.");
        }
        catch (IOException)
        {
            return ApiProblems.BadRequest(ApiProblems.TruncatedMultipart);
        }

        string? language = form["language"];
        if (string.IsNullOrEmpty(language))
        {
            return ApiProblems.BadRequest("\"language\" is required: use zh-CN (or auto).");
        }

        if (!ChineseCodes.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            return ApiProblems.BadRequest($"language '{RequestParsing.Truncate(language)}' is not supported: ContentGuard checks Chinese only (use zh-CN, zh or auto).");
        }

        string? text = form["text"];
        string? data = form["data"];
        AnnotatedText input;
        if (!string.IsNullOrEmpty(data))
        {
            if (ParseData(data, out var parts) is { } dataError)
            {
                return ApiProblems.BadRequest(dataError);
            }

            input = AnnotatedText.FromParts(parts);
        }
        else if (text is not null)
        {
            input = AnnotatedText.FromPlainText(text);
        }
        else
        {
            return ApiProblems.BadRequest("Give \"text\" (plain text) or \"data\" (annotated text as JSON: {\"annotation\":[{\"text\":\"…\"},{\"markup\":\"<p>\"}]}).");
        }

        if (input.Source.Length == 0)
        {
            return ApiProblems.BadRequest("The text is empty: there is nothing to check.");
        }

        if (input.Source.Length > api.MaxTextLength)
        {
            return ApiProblems.TooLarge($"The text has {input.Source.Length} characters; this service checks at most {api.MaxTextLength}. Split the document and check the parts.");
        }

        if (RequestParsing.TryParseDate(form["documentDate"], out var date) is { } dateError)
        {
            return ApiProblems.BadRequest(dateError);
        }

        var enabledOnly = string.Equals(form["enabledOnly"], "true", StringComparison.OrdinalIgnoreCase);
        // Unknown ids (LanguageTool's own: WHITESPACE_RULE, TYPOS) are ignored, as LanguageTool ignores them.
        var requestedRules = RequestParsing.SplitList(form["enabledRules"]);
        var enabledRules = RequestParsing.KnownRules(checker, requestedRules);
        var requestedCategories = RequestParsing.SplitList(form["enabledCategories"]);
        var enabledCategories = RequestParsing.KnownCategories(requestedCategories);
        var options = new CheckOptions
        {
            DocumentDate = date,
            // LanguageTool: enabledCategories only restricts with enabledOnly=true; otherwise it turns on extra (off by default)
            // categories, and every ContentGuard category is on by default.
            EnabledCategories = enabledOnly && enabledRules is null ? enabledCategories : null,
            DisabledCategories = RequestParsing.KnownCategories(RequestParsing.SplitList(form["disabledCategories"])),
            DisabledRules = RequestParsing.KnownRules(checker, RequestParsing.SplitList(form["disabledRules"])),
            TimeBudget = TimeSpan.FromMilliseconds(api.TimeBudgetMs),
        };
        var invalid = RequestParsing.Validate(checker, options)
            ?? RequestParsing.Validate(checker, new CheckOptions { EnabledCategories = enabledCategories, DisabledRules = enabledRules });
        if (invalid is not null)
        {
            return invalid;
        }

        var result = await checker.CheckAsync(input, options, http.RequestAborted);
        CheckSummary.Attach(http, input.Source.Length, !string.IsNullOrEmpty(data) ? "lt-data" : "lt-text", result);
        var matches = result.Matches.AsEnumerable();
        if (enabledOnly && (requestedRules is not null || requestedCategories is not null) && enabledRules is null && enabledCategories is null)
        {
            matches = []; // only unknown ids were enabled: nothing of ours is on
        }
        else if (enabledOnly && enabledRules is not null)
        {
            var only = enabledRules.ToHashSet(StringComparer.Ordinal);
            var categories = enabledCategories?.ToHashSet(StringComparer.OrdinalIgnoreCase);
            matches = matches.Where(m => only.Contains(m.Rule.Id) || (categories?.Contains(m.Rule.Category.Id) ?? false));
        }

        return Results.Json(ToLanguageTool(result, [.. matches], input.Source), CheckResultJson.Options);
    }

    private static string? ParseData(string data, out List<AnnotatedTextPart> parts)
    {
        parts = [];
        LanguageToolData? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<LanguageToolData>(data, CheckResultJson.ReadOptions);
        }
        catch (JsonException e)
        {
            return $"\"data\" is not valid JSON{(e.Path is { Length: > 1 } p ? " at " + p : string.Empty)}: expected {{\"annotation\":[{{\"text\":\"…\"}},{{\"markup\":\"<p>\",\"interpretAs\":\"\\n\\n\"}}]}}.";
        }

        if (parsed?.Annotation is not { } annotation)
        {
            return "\"data\" must be {\"annotation\": [...]}: a list of {\"text\": \"…\"} and {\"markup\": \"…\", \"interpretAs\": \"…\"} parts.";
        }

        for (var i = 0; i < annotation.Count; i++)
        {
            var a = annotation[i];
            if (a is null || (a.Text is null) == (a.Markup is null))
            {
                return $"\"data\".annotation[{i}] must have exactly one of \"text\" or \"markup\".";
            }

            parts.Add(a.Text is not null ? new AnnotatedTextPart(Text: a.Text) : new AnnotatedTextPart(Markup: a.Markup, InterpretAs: a.InterpretAs));
        }

        return null;
    }

    internal static LanguageToolResponse ToLanguageTool(CheckResult result, IReadOnlyList<Finding> matches, string source) => new(
        new LanguageToolSoftware("ContentGuard", result.Software.Version, string.Empty, 1, false, string.Empty),
        new LanguageToolWarnings(result.Warnings.IncompleteResults),
        new LanguageToolLanguage("Chinese", "zh-CN", new LanguageToolDetectedLanguage("Chinese", "zh-CN", 1.0)),
        [.. matches.Select(m => new LanguageToolMatch(
            m.Message,
            m.ShortMessage,
            m.Replacements,
            m.Offset,
            m.Length,
            Context(source, m.Offset, m.Length),
            m.Sentence ?? string.Empty,
            new LanguageToolType("Other"),
            new LanguageToolRule(m.Rule.Id, m.Rule.Description, m.Rule.IssueType, new LanguageToolCategory(m.Rule.Category.Id, m.Rule.Category.Name)),
            false,
            0)
        {
            Severity = m.Severity,
        })],
        result.SentenceRanges);

    /// <summary>LanguageTool's context: up to 40 chars either side, "..." where cut, line breaks shown as spaces.</summary>
    internal static LanguageToolContext Context(string source, int offset, int length)
    {
        var start = Math.Max(0, offset - ContextChars);
        var end = Math.Min(source.Length, offset + length + ContextChars);
        if (start > 0 && char.IsLowSurrogate(source[start]))
        {
            start++;
        }

        if (end < source.Length && end > 0 && char.IsHighSurrogate(source[end - 1]))
        {
            end--;
        }

        var prefix = start > 0 ? "..." : string.Empty;
        var suffix = end < source.Length ? "..." : string.Empty;
        var window = source[start..end].Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
        return new LanguageToolContext(prefix + window + suffix, prefix.Length + (offset - start), length);
    }
}
