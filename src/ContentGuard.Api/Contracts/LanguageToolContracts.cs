using System.Text.Json.Serialization;

namespace ContentGuard.Api.Contracts;

/// <summary>
/// The form fields of LanguageTool's <c>POST /v2/check</c> (<c>application/x-www-form-urlencoded</c>). Give <c>text</c>
/// or <c>data</c>. Fields LanguageTool clients send that do not apply here (<c>motherTongue</c>, <c>preferredVariants</c>,
/// <c>level</c>, <c>username</c>) are accepted and ignored.
/// </summary>
internal sealed class LanguageToolCheckForm
{
    /// <summary>The plain text to check.</summary>
    /// <example>根据《政府网站发展指引》，市政府办公室对全市政府网站进行了检查。</example>
    public string? Text { get; set; }

    /// <summary>Annotated text instead of <c>text</c>: <c>{"annotation":[{"text":"…"},{"markup":"&lt;p&gt;","interpretAs":"\n\n"}]}</c>.</summary>
    public string? Data { get; set; }

    /// <summary><c>zh-CN</c>, <c>zh</c> or <c>auto</c> (ContentGuard checks Chinese only).</summary>
    /// <example>zh-CN</example>
    public string? Language { get; set; }

    /// <summary>Comma-separated category ids to check (with <c>enabledOnly=true</c>: only these).</summary>
    public string? EnabledCategories { get; set; }

    /// <summary>Comma-separated category ids not to check.</summary>
    public string? DisabledCategories { get; set; }

    /// <summary>Comma-separated rule ids; with <c>enabledOnly=true</c> only these rules are reported.</summary>
    public string? EnabledRules { get; set; }

    /// <summary>Comma-separated rule ids not to report.</summary>
    public string? DisabledRules { get; set; }

    /// <summary><c>true</c>: report only <c>enabledRules</c> / <c>enabledCategories</c>.</summary>
    public string? EnabledOnly { get; set; }

    /// <summary>ContentGuard extension: the document date (<c>yyyy-MM-dd</c>), default today.</summary>
    public string? DocumentDate { get; set; }

    /// <summary>The API key, for clients that cannot send the <c>X-Api-Key</c> header.</summary>
    public string? ApiKey { get; set; }
}

/// <summary>LanguageTool's <c>/v2/check</c> response.</summary>
internal sealed record LanguageToolResponse(
    LanguageToolSoftware Software,
    LanguageToolWarnings Warnings,
    LanguageToolLanguage Language,
    IReadOnlyList<LanguageToolMatch> Matches,
    IReadOnlyList<TextRange> SentenceRanges);

/// <summary>The server's name and version.</summary>
internal sealed record LanguageToolSoftware(string Name, string Version, string BuildDate, int ApiVersion, bool Premium, string Status);

/// <summary>Whether the result is complete.</summary>
internal sealed record LanguageToolWarnings(bool IncompleteResults);

/// <summary>The language checked.</summary>
internal sealed record LanguageToolLanguage(string Name, string Code, LanguageToolDetectedLanguage DetectedLanguage);

/// <summary>The language detected (always Chinese).</summary>
internal sealed record LanguageToolDetectedLanguage(string Name, string Code, double Confidence);

/// <summary>One problem, in LanguageTool's shape (offsets in UTF-16 code units, like LanguageTool's Java strings).</summary>
internal sealed record LanguageToolMatch(
    string Message,
    string ShortMessage,
    IReadOnlyList<Replacement> Replacements,
    int Offset,
    int Length,
    LanguageToolContext Context,
    string Sentence,
    LanguageToolType Type,
    LanguageToolRule Rule,
    bool IgnoreForIncompleteSentence,
    int ContextForSureMatch)
{
    /// <summary>ContentGuard extension (ignored by LanguageTool clients): <c>critical</c>, <c>major</c> or <c>minor</c>.</summary>
    [JsonPropertyName("severity")]
    public Severity Severity { get; init; }
}

/// <summary>The text around a match; <c>offset</c>/<c>length</c> locate the match inside <c>text</c>.</summary>
internal sealed record LanguageToolContext(string Text, int Offset, int Length);

/// <summary>LanguageTool's match type.</summary>
internal sealed record LanguageToolType(string TypeName);

/// <summary>The rule that matched.</summary>
internal sealed record LanguageToolRule(string Id, string Description, string IssueType, LanguageToolCategory Category);

/// <summary>The rule's category.</summary>
internal sealed record LanguageToolCategory(string Id, string Name);

/// <summary>An entry of <c>GET /v2/languages</c>.</summary>
internal sealed record LanguageToolLanguageEntry(string Name, string Code, string LongCode);

/// <summary>The JSON of LanguageTool's <c>data</c> field.</summary>
internal sealed class LanguageToolData
{
    public List<LanguageToolAnnotation>? Annotation { get; set; }
}

/// <summary>One part of an annotated text: <c>text</c>, or <c>markup</c> with an optional <c>interpretAs</c>.</summary>
internal sealed class LanguageToolAnnotation
{
    public string? Text { get; set; }

    public string? Markup { get; set; }

    public string? InterpretAs { get; set; }
}
