using System.ComponentModel.DataAnnotations;

namespace ContentGuard.Api.Infrastructure;

/// <summary>The <c>ContentGuard</c> configuration section (appsettings.json or <c>ContentGuard__*</c> environment variables).</summary>
internal sealed class ApiOptions
{
    public const string Section = "ContentGuard";

    /// <summary>API keys accepted in the <c>X-Api-Key</c> header. None: the service is open, for loopback clients only.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>With no API keys, also answer clients that are not on loopback (e.g. behind a trusted gateway that authenticates).</summary>
    public bool AllowRemoteWithoutKeys { get; set; }

    /// <summary>
    /// Reverse proxies (IP addresses or CIDR networks such as <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> headers are believed: requests relayed by them count as coming from the client they name
    /// (rate limits per client IP, logs, the loopback rule). None by default: forwarded headers are ignored.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>The most characters (UTF-16 code units) a text may have; longer texts get 413.</summary>
    [Range(1, 10_000_000)]
    public int MaxTextLength { get; set; } = 100_000;

    /// <summary>The largest file <c>POST /v1/check/file</c> accepts, in bytes (Word files carry images and styles).</summary>
    [Range(1, 1_000_000_000)]
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The time budget of one check in milliseconds; when it runs out what was found is returned with <c>warnings.incompleteResults</c>.</summary>
    [Range(0, 600_000)]
    public int TimeBudgetMs { get; set; } = 5_000;

    public RateLimitOptions RateLimit { get; set; } = new();

    public CorsOptions Cors { get; set; } = new();

    /// <summary>Extra lexicon files (lexicons/FORMAT.md) loaded into the engine at start-up.</summary>
    public string[] Lexicons { get; set; } = [];

    /// <summary>Rebuild the engine when a file in the folders of <see cref="Lexicons"/> changes (live reload; checks never fail meanwhile).</summary>
    public bool ReloadLexicons { get; set; } = true;

    /// <summary>Log the submitted text at Debug level (off: drafts are confidential).</summary>
    public bool LogDraftText { get; set; }

    /// <summary>Serve the OpenAPI document and Swagger UI at /swagger.</summary>
    public bool Swagger { get; set; } = true;

    public bool KeysConfigured => ApiKeys.Any(k => !string.IsNullOrWhiteSpace(k));

    internal sealed class RateLimitOptions
    {
        public bool Enabled { get; set; } = true;

        /// <summary>Requests per window per API key (per client IP when no keys are configured).</summary>
        [Range(1, int.MaxValue)]
        public int PermitLimit { get; set; } = 600;

        [Range(1, 86_400)]
        public int WindowSeconds { get; set; } = 60;
    }

    internal sealed class CorsOptions
    {
        /// <summary>Origins allowed to call the API from a browser, e.g. <c>https://cms.example.gov.cn</c>. None by default.</summary>
        public string[] Origins { get; set; } = [];
    }
}
