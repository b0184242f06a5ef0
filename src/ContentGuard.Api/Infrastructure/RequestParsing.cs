using System.Globalization;

namespace ContentGuard.Api.Infrastructure;

/// <summary>Validation shared by /v1/check and /v2/check: dates, formats, category and rule ids.</summary>
internal static class RequestParsing
{
    private static readonly string ValidCategories = string.Join(", ", Category.All.Select(c => c.Id));

    /// <summary>Null when valid; otherwise a 400 detail.</summary>
    public static string? TryParseDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return null;
        }

        return $"documentDate '{Truncate(value)}' is not a valid date: use yyyy-MM-dd, e.g. 2026-11-27.";
    }

    public static string? TryParseFormat(string? value, out TextFormat format)
    {
        format = TextFormat.Text;
        if (string.IsNullOrEmpty(value) || string.Equals(value, "text", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.Equals(value, "html", StringComparison.OrdinalIgnoreCase))
        {
            format = TextFormat.Html;
            return null;
        }

        return $"format '{Truncate(value)}' is not supported: use \"text\" or \"html\".";
    }

    /// <summary>The most allow-list terms one request may give.</summary>
    public const int MaxAllowlistTerms = 1_000;

    /// <summary>The longest allow-list term, in UTF-16 code units.</summary>
    public const int MaxAllowlistTermLength = 100;

    /// <summary>Checks the ids against the engine; a 400 result naming the valid ids, or null.</summary>
    public static IResult? Validate(ContentChecker checker, CheckOptions options)
    {
        if (options.Allowlist is { } allow
            && (allow.Count > MaxAllowlistTerms || allow.Any(t => t is { Length: > MaxAllowlistTermLength })))
        {
            return ApiProblems.BadRequest(
                $"allowlist takes at most {MaxAllowlistTerms} terms of at most {MaxAllowlistTermLength} characters each (allow-list terms are words and names, not passages).");
        }

        foreach (var (name, list) in new[]
        {
            ("enabledCategories", options.EnabledCategories), ("disabledCategories", options.DisabledCategories),
            ("disabledRules", options.DisabledRules), ("allowlist", options.Allowlist),
        })
        {
            if (list is not null && list.Any(string.IsNullOrWhiteSpace))
            {
                return ApiProblems.BadRequest($"{name} contains a null or empty entry: give ids (or terms) as non-empty strings.");
            }
        }

        foreach (var id in (options.EnabledCategories ?? []).Concat(options.DisabledCategories ?? []))
        {
            if (id is null || !Category.TryGet(id, out _))
            {
                return ApiProblems.BadRequest(
                    $"Unknown category id '{Truncate(id)}'. Valid ids: {ValidCategories}.",
                    new Dictionary<string, object?> { ["validCategories"] = Category.All.Select(c => c.Id).ToArray() });
            }
        }

        try
        {
            checker.Validate(options);
        }
        catch (ArgumentException e)
        {
            return ApiProblems.BadRequest(
                e.Message.Replace(" (Parameter 'options')", string.Empty, StringComparison.Ordinal),
                new Dictionary<string, object?> { ["validRules"] = checker.Rules.Select(r => r.Id).ToArray() });
        }

        return null;
    }

    /// <summary>
    /// LanguageTool clients send LanguageTool's own rule and category ids (WHITESPACE_RULE, TYPOS), which LanguageTool
    /// ignores when it does not know them: /v2 keeps only the ids this engine knows (null when none is left).
    /// </summary>
    public static string[]? KnownRules(ContentChecker checker, string[]? ids) =>
        NonEmpty(ids?.Where(id => checker.Rules.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal))).ToArray());

    /// <inheritdoc cref="KnownRules"/>
    public static string[]? KnownCategories(string[]? ids) => NonEmpty(ids?.Where(id => Category.TryGet(id, out _)).ToArray());

    private static string[]? NonEmpty(string[]? ids) => ids is { Length: > 0 } ? ids : null;

    /// <summary>Splits LanguageTool's comma-separated lists.</summary>
    public static string[]? SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Shortens a caller's value before quoting it in an error.</summary>
    public static string Truncate(string? value) =>
        value is null ? "null" : value.Length <= 64 ? value : string.Concat(value.AsSpan(0, 64), "…");
}
