using ContentGuard.Detection;

namespace ContentGuard.Tests.Pipeline;

public sealed class DocumentDateTests
{
    [Fact]
    public void The_default_document_date_is_today_in_china_whatever_the_server_time_zone()
    {
        // 17:00 UTC on 27 November is already 01:00 on 28 November in Beijing; the server's own zone is UTC.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero));
        var checker = new ContentCheckerBuilder().UseTimeProvider(clock).AddDetector(new DateEcho()).Build();
        Assert.Equal("2026-11-28", Assert.Single(checker.Check("正文").Matches).Message);
        Assert.Equal("2026-03-05", Assert.Single(checker.Check("正文", new CheckOptions { DocumentDate = new DateOnly(2026, 3, 5) }).Matches).Message);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private sealed class DateEcho : IDetector
    {
        private static readonly RuleDescriptor Rule = new("TEST_DATE", "test", Category.Typo, Severity.Minor);

        public string Name => "date-echo";

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

        public void Detect(DetectionContext context, FindingSink sink) =>
            sink.Add(0, 1, Rule, context.DocumentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
