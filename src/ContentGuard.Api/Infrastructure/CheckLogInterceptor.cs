using Microsoft.AspNetCore.HttpLogging;

namespace ContentGuard.Api.Infrastructure;

/// <summary>What a check adds to its request's log line (never the text).</summary>
/// <param name="Characters">The length of the submitted string.</param>
/// <param name="Format">text or html (LanguageTool requests: lt).</param>
/// <param name="Suggestion">pass / review / block.</param>
/// <param name="Matches">The number of findings.</param>
/// <param name="Incomplete">Whether the time budget ran out.</param>
/// <param name="CheckMs">The engine's time for the check.</param>
/// <param name="DataId">The caller's dataId.</param>
internal sealed record CheckSummary(int Characters, string Format, Suggestion Suggestion, int Matches, bool Incomplete, double CheckMs, string? DataId)
{
    public static readonly object Key = new();

    public static void Attach(HttpContext http, int characters, string format, CheckResult result) =>
        http.Items[Key] = new CheckSummary(characters, format, result.Decision.Suggestion, result.Matches.Count, result.Warnings.IncompleteResults, result.Timings.TotalMilliseconds, result.DataId);
}

/// <summary>
/// Makes the request log one structured line per request: ASP.NET Core's method, path, status and duration, plus the
/// client (API key id) and, for checks, the size, decision, number of findings and dataId.
/// </summary>
internal sealed class CheckLogInterceptor : IHttpLoggingInterceptor
{
    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        var http = logContext.HttpContext;
        if (http.User.Identity is { IsAuthenticated: true, Name: { } client })
        {
            logContext.AddParameter("Client", client);
        }

        if (http.Items.TryGetValue(CheckSummary.Key, out var value) && value is CheckSummary s)
        {
            logContext.AddParameter("Characters", s.Characters);
            logContext.AddParameter("Format", s.Format);
            logContext.AddParameter("Decision", s.Suggestion.ToString().ToLowerInvariant());
            logContext.AddParameter("Matches", s.Matches);
            logContext.AddParameter("Incomplete", s.Incomplete);
            logContext.AddParameter("CheckMs", Math.Round(s.CheckMs, 2));
            if (s.DataId is not null)
            {
                logContext.AddParameter("DataId", ForLog(s.DataId));
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The caller's dataId as logged: at most 100 chars, control characters (line breaks) as U+FFFD, so an id can
    /// neither forge a line in a plain-text log nor flood it (the full id is still echoed in the response).
    /// </summary>
    private static string ForLog(string dataId)
    {
        var shown = dataId.Length <= 100 ? dataId : string.Concat(dataId.AsSpan(0, 100), "…");
        return shown.Any(char.IsControl) ? new string([.. shown.Select(c => char.IsControl(c) ? '\uFFFD' : c)]) : shown;
    }
}
