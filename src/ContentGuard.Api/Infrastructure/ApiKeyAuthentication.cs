using System.Collections.Frozen;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ContentGuard.Api.Infrastructure;

/// <summary>
/// The <c>X-Api-Key</c> scheme. With keys configured every /v1 and /v2 call needs one of them (LanguageTool clients
/// may send it as the <c>apiKey</c> form field instead). With none configured the service is open, but only to loopback
/// clients (not requests relayed by a proxy) unless <c>ContentGuard:AllowRemoteWithoutKeys</c> is set. The principal's name is a short hash of the key
/// (never the key), which the rate limiter partitions by and the log shows.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyStore keys,
    IOptions<ApiOptions> apiOptions,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    private const string FailureKey = "ContentGuard.AuthFailure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!keys.Enabled)
        {
            // A request relayed by a reverse proxy on this machine arrives from loopback but comes from elsewhere. When a
            // trusted proxy's X-Forwarded-For has been applied, the header is gone and X-Original-For holds the proxy's
            // address: such a request is relayed too, whatever client it names (keyless access is for direct loopback only).
            var remote = Context.Connection.RemoteIpAddress;
            var proxied = Request.Headers.ContainsKey("X-Forwarded-For") || Request.Headers.ContainsKey("Forwarded")
                || Request.Headers.ContainsKey("X-Original-For");
            if (apiOptions.Value.AllowRemoteWithoutKeys || ((remote is null || IPAddress.IsLoopback(remote)) && !proxied))
            {
                return Success("open");
            }

            return Fail("No API keys are configured, so this service only answers clients on this machine (loopback, not relayed by a proxy). Configure ContentGuard:ApiKeys to serve other clients.");
        }

        string? presented = Request.Headers[HeaderName];
        if (string.IsNullOrEmpty(presented) && Request.Path.StartsWithSegments("/v2", StringComparison.OrdinalIgnoreCase) && Request.HasFormContentType)
        {
            try
            {
                var form = await Request.ReadFormAsync(Context.RequestAborted).ConfigureAwait(false);
                presented = form["apiKey"];
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
            {
                // An unreadable form carries no key; the endpoint would refuse the form anyway.
                presented = null;
            }
        }

        if (string.IsNullOrEmpty(presented))
        {
            return Fail($"An API key is required: send it in the {HeaderName} header.");
        }

        return keys.TryIdentify(presented, out var id) ? Success(id) : Fail($"The API key in {HeaderName} is not valid.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var detail = Context.Items[FailureKey] as string ?? $"An API key is required: send it in the {HeaderName} header.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = "Unauthorized.", Detail = detail },
        }).AsTask();
    }

    private static AuthenticateResult Success(string id)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, id)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Fail(string detail)
    {
        Context.Items[FailureKey] = detail;
        return AuthenticateResult.Fail(detail);
    }
}

/// <summary>The configured keys, kept only as SHA-256 hashes; a key is identified as <c>key-</c> + the first 8 hex digits of its hash.</summary>
internal sealed class ApiKeyStore
{
    private readonly FrozenDictionary<string, string> _idByHash;

    public ApiKeyStore(IOptions<ApiOptions> options)
    {
        _idByHash = options.Value.ApiKeys
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => Hash(k.Trim()))
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(h => h, h => "key-" + h[..8], StringComparer.Ordinal);
    }

    public bool Enabled => _idByHash.Count > 0;

    public bool TryIdentify(string presented, out string id)
    {
        // Comparing fixed-length hashes: the lookup time does not reveal how much of a key matched.
        if (_idByHash.TryGetValue(Hash(presented.Trim()), out var found))
        {
            id = found;
            return true;
        }

        id = string.Empty;
        return false;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
