namespace ContentGuard.Api.Contracts;

/// <summary>The body of <c>GET /v1/rules</c>: every category and every rule the engine can report.</summary>
/// <param name="Categories">The fixed categories of the contract.</param>
/// <param name="Rules">Every rule, with its category and default severity.</param>
internal sealed record RulesResponse(IReadOnlyList<CategoryInfo> Categories, IReadOnlyList<RuleInfo> Rules);

/// <summary>A finding category.</summary>
/// <param name="Id">The stable id, e.g. <c>SECRECY</c>.</param>
/// <param name="Name">The Chinese display name, e.g. 涉密标识.</param>
/// <param name="DefaultSeverity"><c>critical</c>, <c>major</c> or <c>minor</c>.</param>
internal sealed record CategoryInfo(string Id, string Name, Severity DefaultSeverity);

/// <summary>A rule of the catalogue.</summary>
/// <param name="Id">The stable rule id, e.g. <c>SECRECY_MARKING</c>.</param>
/// <param name="Description">What the rule checks (Chinese).</param>
/// <param name="IssueType">A LanguageTool issue type (<c>misspelling</c>, <c>grammar</c>, <c>style</c>, <c>uncategorized</c>…).</param>
/// <param name="Category">The rule's category id and name.</param>
/// <param name="DefaultSeverity"><c>critical</c>, <c>major</c> or <c>minor</c>.</param>
internal sealed record RuleInfo(string Id, string Description, string IssueType, Category Category, Severity DefaultSeverity);

/// <summary>The body of <c>GET /v1/info</c>: versions and limits.</summary>
/// <param name="Software">The engine version and the versions of its lexicons, tables and model.</param>
/// <param name="Detectors">The detectors, in the order they run.</param>
/// <param name="Limits">The limits this instance enforces.</param>
/// <param name="Formats">The accepted <c>format</c> values.</param>
/// <param name="OffsetUnit">Always <c>utf16</c>.</param>
/// <param name="ApiKeyRequired">Whether calls to /v1 and /v2 need an <c>X-Api-Key</c> header.</param>
internal sealed record InfoResponse(
    SoftwareInfo Software,
    IReadOnlyList<string> Detectors,
    LimitsInfo Limits,
    IReadOnlyList<string> Formats,
    string OffsetUnit,
    bool ApiKeyRequired);

/// <summary>The limits of this instance.</summary>
/// <param name="MaxTextLength">The most UTF-16 code units a text may have (413 above).</param>
/// <param name="TimeBudgetMs">The time budget of one check; past it the result is returned with <c>warnings.incompleteResults</c>.</param>
/// <param name="RateLimit">Requests allowed per window per key (per client IP without keys); null when rate limiting is off.</param>
internal sealed record LimitsInfo(int MaxTextLength, int TimeBudgetMs, RateLimitInfo? RateLimit);

/// <summary>A fixed-window rate limit.</summary>
/// <param name="PermitLimit">Requests per window.</param>
/// <param name="WindowSeconds">The window length.</param>
internal sealed record RateLimitInfo(int PermitLimit, int WindowSeconds);
