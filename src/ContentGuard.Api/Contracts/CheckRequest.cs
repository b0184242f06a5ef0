using System.ComponentModel.DataAnnotations;

namespace ContentGuard.Api.Contracts;

/// <summary>The body of <c>POST /v1/check</c>. Only <c>text</c> is required.</summary>
internal sealed class CheckRequest
{
    /// <summary>The text to check: plain text, or HTML source when <c>format</c> is <c>html</c>. At most 100,000 characters by default.</summary>
    /// <example>关于开展2026年政府网站内容安全检查的通知</example>
    [Required]
    public string? Text { get; set; }

    /// <summary><c>text</c> (default) or <c>html</c>: for HTML only the visible text is checked and offsets point into the HTML source.</summary>
    /// <example>text</example>
    public string? Format { get; set; }

    /// <summary>The date the document speaks from (<c>yyyy-MM-dd</c>); decides which leaders' titles are current. Default: today.</summary>
    /// <example>2026-11-27</example>
    public string? DocumentDate { get; set; }

    /// <summary>Check only these category ids (see <c>GET /v1/rules</c>).</summary>
    public string[]? EnabledCategories { get; set; }

    /// <summary>Category ids not to check.</summary>
    public string[]? DisabledCategories { get; set; }

    /// <summary>Rule ids not to report (see <c>GET /v1/rules</c>).</summary>
    public string[]? DisabledRules { get; set; }

    /// <summary>Terms that are fine in this text: findings inside them are dropped.</summary>
    public string[]? Allowlist { get; set; }

    /// <summary>An opaque id (e.g. the CMS article id) echoed as <c>dataId</c> in the result.</summary>
    /// <example>article-20261127-0042</example>
    public string? DataId { get; set; }
}
