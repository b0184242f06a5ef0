using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentGuard.Api.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task Each_check_logs_one_structured_request_line_without_the_draft_text()
    {
        var sink = new CapturingLoggerProvider();
        using var factory = new ApiFactory([], services: s => s.AddSingleton<ILoggerProvider>(sink));
        const string draft = "这是一份绝不能出现在日志里的草稿\n机密★1年";

        var response = await factory.CreateClient().PostAsync("/v1/check", Http.Json(new { text = draft, dataId = "log-test-1" }));
        response.EnsureSuccessStatusCode();

        var entries = sink.Entries.ToList();
        var request = Assert.Single(entries, e => e.Category.EndsWith("HttpLoggingMiddleware", StringComparison.Ordinal));
        Assert.Equal("/v1/check", request.State["Path"]?.ToString());
        Assert.Equal("block", request.State["Decision"]);
        Assert.Equal(1, request.State["Matches"]);
        Assert.Equal("log-test-1", request.State["DataId"]);
        Assert.Equal("open", request.State["Client"]);
        Assert.DoesNotContain(entries, e => e.Message.Contains("草稿", StringComparison.Ordinal) || e.State.Values.Any(v => v?.ToString()?.Contains("草稿", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task A_long_or_multi_line_data_id_is_logged_shortened_on_one_line()
    {
        // dataId is the caller's: a line break would forge a log line in the console log, and a 1 MB id would be
        // written to the log on every request.
        var sink = new CapturingLoggerProvider();
        using var factory = new ApiFactory([], services: s => s.AddSingleton<ILoggerProvider>(sink));
        var dataId = "a42\ninfo: Forged[0]\r\n      forged line" + new string('x', 100_000);

        var response = await factory.CreateClient().PostAsync("/v1/check", Http.Json(new { text = "正文", dataId }));
        response.EnsureSuccessStatusCode();

        var request = Assert.Single(sink.Entries, e => e.Category.EndsWith("HttpLoggingMiddleware", StringComparison.Ordinal));
        var logged = Assert.IsType<string>(request.State["DataId"]);
        Assert.StartsWith("a42", logged, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', logged);
        Assert.DoesNotContain('\r', logged);
        Assert.True(logged.Length <= 128, $"{logged.Length} chars logged");
        Assert.Equal(dataId, (await response.ReadJsonAsync()).GetProperty("dataId").GetString());
    }

    [Fact]
    public async Task A_failed_check_is_logged_with_status_500()
    {
        var sink = new CapturingLoggerProvider();
        var engine = new ContentCheckerBuilder().UseDefaults().AddDetector(new ErrorTests.ThrowingDetector()).Build();
        using var factory = new ApiFactory([], engine, s => s.AddSingleton<ILoggerProvider>(sink));

        await factory.CreateClient().PostAsync("/v1/check", Http.Json(new { text = "正文" }));

        var request = Assert.Single(sink.Entries, e => e.Category.EndsWith("HttpLoggingMiddleware", StringComparison.Ordinal) && e.State["Path"]?.ToString() == "/v1/check");
        Assert.Equal(500, request.State["StatusCode"]);
        Assert.Contains(sink.Entries, e => e.Message.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase) || e.Category.Contains("ExceptionHandler", StringComparison.Ordinal));
    }

    internal sealed record Entry(string Category, string Message, IReadOnlyDictionary<string, object?> State);

    internal sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in values)
                {
                    dictionary[key] = value;
                }

                entries.Enqueue(new Entry(category, formatter(state, exception), dictionary));
            }
        }
    }
}
