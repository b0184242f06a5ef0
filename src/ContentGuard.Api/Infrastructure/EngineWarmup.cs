using System.Diagnostics;

namespace ContentGuard.Api.Infrastructure;

/// <summary>
/// Builds the shared engine at start-up (dictionaries, lexicons, model) and runs one check so the code is jitted; then
/// flips <see cref="EngineReadiness"/>. The host answers <c>/healthz</c> meanwhile; <c>/healthz/ready</c> turns 200 after.
/// </summary>
internal sealed partial class EngineWarmup(IServiceProvider services, EngineReadiness readiness, Microsoft.Extensions.Options.IOptions<ApiOptions> options, ILogger<EngineWarmup> logger) : BackgroundService
{
    private const string Sample = "关于开展政府网站内容安全检查的通知\n各区人民政府、市政府各部门：为进一步加强政府网站内容管理，现将有关事项通知如下。";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var checker = services.GetRequiredService<ContentChecker>();
                checker.Check(Sample);
                checker.Check($"<p>{Sample}</p>", new CheckOptions { Format = TextFormat.Html });
                readiness.MarkReady();
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogReady(logger, elapsedMs, checker.Rules.Count, checker.Software.Version);
                WatchLexicons();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                readiness.MarkFailed(e);
                LogFailed(logger, e);
            }
        },
        stoppingToken);

    /// <summary>
    /// Live reload: when lexicon files are configured (ContentGuard:Lexicons) and ReloadLexicons is on, a change to a
    /// .tsv file in their folders builds a new engine and swaps it in; requests resolve the current engine.
    /// </summary>
    private void WatchLexicons()
    {
        var api = options.Value;
        if (!api.ReloadLexicons || api.Lexicons.Length == 0 || services.GetService<ReloadableContentChecker>() is not { } reloadable)
        {
            return;
        }

        reloadable.ReloadFailed += (_, e) => LogReloadFailed(logger, e);
        foreach (var directory in api.Lexicons.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!).Distinct(StringComparer.Ordinal))
        {
            reloadable.WatchLexicons(directory);
            LogWatching(logger, directory);
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Watching {Directory} for lexicon changes (live reload)")]
    private static partial void LogWatching(ILogger logger, string directory);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Lexicon reload failed; the previous engine stays in service")]
    private static partial void LogReloadFailed(ILogger logger, Exception error);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Engine ready in {ElapsedMs:0} ms: {Rules} rules, engine {Version}")]
    private static partial void LogReady(ILogger logger, double elapsedMs, int rules, string version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Critical, Message = "The engine failed to load; /healthz/ready stays unhealthy")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
